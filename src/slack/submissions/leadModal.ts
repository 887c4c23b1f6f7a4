import type { AllMiddlewareArgs, App, Logger, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { FieldProblem } from '../../domain/inputError';
import type { LeadField } from '../../domain/lead';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, LeadModalBlocks } from '../ids';
import type { LeadRecord } from '../../store/leadStore';
import { withinBudget } from '../modalBudget';
import { type PrivateReplyTarget, replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { buildLeadDuplicateModal, type LeadDuplicateMetadata } from '../views/leadDuplicateModal';
import { buildLeadSavedMessage } from '../views/leadMessages';
import { buildLeadModal, type LeadModalMetadata, readLeadModal } from '../views/leadModal';
import { type KnownBlock, section } from '../views/message';
import { escapeMrkdwn } from '../views/text';
import { readMetadata } from '../views/viewState';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Tells the author privately that the lead is saved, with Edit and Undo buttons. */
async function confirmLeadSaved(
  deps: SlackDependencies,
  client: AllMiddlewareArgs['client'],
  target: PrivateReplyTarget,
  teamId: string,
  lead: LeadRecord,
  verb: 'Added' | 'Updated',
): Promise<void> {
  const undoChangeId = await deps.undo.latestLeadChangeId(teamId, lead.id);
  await replyPrivately(client, target, buildLeadSavedMessage(lead, verb, undoChangeId), deps.logger);
}

/** Field problems shown under the right inputs; Slack keeps every typed value when errors come back. */
export function leadModalErrors(problems: FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = LeadModalBlocks[each.field as LeadField] ?? LeadModalBlocks.company;
    const example = each.example ? ` (e.g. ${each.example})` : '';
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${each.message}` : `${each.message}${example}`;
  }
  return errors;
}

function keepFormOpen(logger: Logger, error: unknown, submitLabel: string) {
  logger.error('lead form could not be saved within the time Slack allows', error);
  return {
    response_action: 'errors' as const,
    errors: {
      [LeadModalBlocks.company]: `Tandem could not save just now. Everything you typed is still here: press ${submitLabel} again in a moment.`,
    },
  };
}

export function registerLeadModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.leadModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMetadata(view.private_metadata) as LeadModalMetadata;
    const draft = readLeadModal(view.state.values);
    const userId = body.user.id;
    const editing = typeof metadata.number === 'number' && typeof metadata.version === 'number';
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body)));
      if (editing) {
        const number = metadata.number as number;
        const outcome = await withinBudget(
          deps.leads.edit(context.team.id, userId, number, metadata.version as number, draft),
        );
        if (outcome.kind === 'invalid')
          return await ack({ response_action: 'errors', errors: leadModalErrors(outcome.problems) });
        if (outcome.kind === 'conflict') {
          const current = outcome.current;
          const channels = await deps.store.teams.options(context.team.id, 'channel');
          return await ack({
            response_action: 'update',
            view: buildLeadModal({
              channels,
              initial: draft,
              metadata: { ...metadata, version: current.version },
              defaultOwnerId: userId,
              notice:
                `:warning: Someone saved L-${number} (*${escapeMrkdwn(current.company)}*) while you were editing. ` +
                'Your values are kept below: press Save to replace theirs, or Cancel to keep them.',
            }),
          });
        }
        await ack();
        await confirmLeadSaved(
          deps,
          client,
          { userId, channelId: metadata.channelId },
          context.team.id,
          outcome.lead,
          'Updated',
        );
        return;
      }
      const outcome = await withinBudget(deps.leads.add(context.team.id, userId, draft));
      if (outcome.kind === 'invalid')
        return await ack({ response_action: 'errors', errors: leadModalErrors(outcome.problems) });
      if (outcome.kind === 'possible_duplicate') {
        const duplicateMetadata: LeadDuplicateMetadata = {
          draftId: outcome.draftId,
          ...(metadata.channelId ? { channelId: metadata.channelId } : {}),
        };
        return await ack({
          response_action: 'push',
          view: buildLeadDuplicateModal(
            outcome.input.company,
            outcome.duplicates,
            duplicateMetadata,
            context.formatDate,
          ),
        });
      }
      await ack();
      await confirmLeadSaved(
        deps,
        client,
        { userId, channelId: metadata.channelId },
        context.team.id,
        outcome.lead,
        'Added',
      );
    } catch (error) {
      await ack(keepFormOpen(deps.logger, error, editing ? 'Save' : 'Add lead'));
    }
  });

  app.view(CallbackIds.leadDuplicateModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMetadata(view.private_metadata) as Partial<LeadDuplicateMetadata>;
    const userId = body.user.id;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body)));
      const outcome = await withinBudget(
        deps.leads.addDraftAnyway(context.team.id, userId, metadata.draftId ?? ''),
      );
      await ack({ response_action: 'clear' });
      if (outcome?.kind === 'added') {
        await confirmLeadSaved(
          deps,
          client,
          { userId, channelId: metadata.channelId },
          context.team.id,
          outcome.lead,
          'Added',
        );
      }
    } catch (error) {
      deps.logger.error('adding a lead despite a duplicate warning failed', error);
      const warning = view.blocks.at(-1) as KnownBlock | undefined;
      await ack({
        response_action: 'update',
        view: {
          type: 'modal',
          callback_id: CallbackIds.leadDuplicateModal,
          private_metadata: view.private_metadata,
          title: { type: 'plain_text', text: 'Possible duplicate' },
          submit: { type: 'plain_text', text: 'Add anyway' },
          close: { type: 'plain_text', text: 'Back' },
          blocks: [
            section(
              ':x: Tandem could not add the lead just now. Nothing is lost: press *Add anyway* again in a moment.',
            ),
            ...(warning ? [warning] : []),
          ],
        },
      });
    }
  });
}
