import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { FieldProblem } from '../../domain/inputError';
import { NotFoundError } from '../../errors';
import { formatDayTime } from '../../domain/dates';
import { leadFieldLabel, type LeadField } from '../../domain/lead';
import type { OtherSave } from '../../services/leadService';
import { problemText } from '../../i18n/problemText';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { notFoundText } from '../failures';
import { CallbackIds, LeadModalBlocks } from '../ids';
import type { LeadRecord } from '../../store/repos/leadStore';
import { withinBudget } from '../modalBudget';
import { type PrivateReplyTarget, replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam, type TeamContext, withTeamName } from '../teamContext';
import {
  buildLeadDuplicateModal,
  leadDuplicateMetadata,
  type LeadDuplicateMetadata,
  leadDuplicateView,
} from '../../views/modals/leadDuplicateModal';
import { buildLeadSavedMessage } from '../../views/messages/leadMessages';
import {
  buildLeadModal,
  leadModalMetadata,
  leadModalSubmitLabel,
  readLeadModal,
} from '../../views/modals/leadModal';
import { context as contextBlock, type KnownBlock, section } from '../../blockKit/message';
import { escapeMrkdwn, userMention } from '../../blockKit/text';
import { describeProblem } from '../../views/messages/problemMessage';
import { readMetadata } from '../../views/modals/viewState';
import { failedFormTranslator, pressAgain, unsavedFormErrors } from './failedFormLanguage';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Tells the author privately that the lead is saved, with Edit and Undo buttons. */
async function confirmLeadSaved(
  deps: SlackDependencies,
  client: AllMiddlewareArgs['client'],
  target: PrivateReplyTarget,
  context: TeamContext,
  lead: LeadRecord,
  verb: 'Added' | 'Updated',
  note?: string,
): Promise<void> {
  const undoChangeId = await deps.undo.latestLeadChangeId(context.team.id, lead.id);
  const saved = buildLeadSavedMessage(context.t, lead, verb, undoChangeId);
  const message = note
    ? { ...saved, blocks: [...saved.blocks, contextBlock(`:twisted_rightwards_arrows: ${note}`)] }
    : saved;
  await replyPrivately(
    client,
    target,
    await withTeamName(deps, context, message, target.userId),
    deps.logger,
  );
}

function fieldNames(t: Translator, fields: LeadField[]): string {
  return fields.map((field) => t.t(leadFieldLabel(field))).join(', ');
}

/** Whose save this edit met, when, and what they changed, for the confirmation. */
function keptNote(context: TeamContext, theirs: OtherSave): string {
  const { t, team } = context;
  return t.t('flow.leadKept', {
    user: userMention(theirs.actorId),
    fields: fieldNames(t, theirs.fields),
    time: formatDayTime(theirs.at, team.timezone, t),
  });
}

/** The form's notice when both changed the same fields: who, when, what, and only those fields to decide. */
function leadConflictNotice(
  context: TeamContext,
  theirs: OtherSave,
  conflicts: LeadField[],
  current: LeadRecord,
): string {
  const { t, team } = context;
  const theirValues = conflicts
    .map((field) => `${t.t(leadFieldLabel(field))} “${escapeMrkdwn(current[field] ?? '')}”`)
    .join(', ');
  return t.t('flow.leadConflict', {
    user: userMention(theirs.actorId),
    number: String(current.number),
    company: escapeMrkdwn(current.company),
    time: formatDayTime(theirs.at, team.timezone, t),
    fields: fieldNames(t, theirs.fields),
    conflicts: fieldNames(t, conflicts),
    theirs: theirValues,
  });
}

/**
 * Field problems shown under the right inputs in the user's language; Slack keeps every typed
 * value when errors come back.
 */
export function leadModalErrors(t: Translator, problems: FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = LeadModalBlocks[each.field as LeadField] ?? LeadModalBlocks.company;
    errors[blockId] = errors[blockId]
      ? `${errors[blockId]}; ${problemText(t, each)}`
      : describeProblem(t, each);
  }
  return errors;
}

export function registerLeadModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.leadModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMetadata(view.private_metadata, leadModalMetadata) ?? {};
    const draft = readLeadModal(view.state.values);
    const userId = body.user.id;
    const editing = typeof metadata.number === 'number' && typeof metadata.version === 'number';
    let t: Translator | undefined;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body, client)));
      t = context.t;
      if (editing) {
        const number = metadata.number as number;
        const outcome = await withinBudget(
          deps.leads.edit(context.team.id, userId, number, metadata.version as number, draft),
        );
        if (outcome.kind === 'invalid')
          return await ack({ response_action: 'errors', errors: leadModalErrors(t, outcome.problems) });
        if (outcome.kind === 'conflict') {
          const current = outcome.current;
          const channels = await deps.store.teams.options(context.team.id, 'channel');
          const notice = outcome.theirs
            ? leadConflictNotice(context, outcome.theirs, outcome.conflicts, current)
            : t.t('leadForm.conflict', { number: String(number), company: escapeMrkdwn(current.company) });
          return await ack({
            response_action: 'update',
            view: buildLeadModal(t, {
              channels,
              initial: outcome.theirs ? outcome.merged : draft,
              metadata: { ...metadata, version: current.version },
              defaultOwnerId: userId,
              notice,
            }),
          });
        }
        await ack();
        await confirmLeadSaved(
          deps,
          client,
          { userId, channelId: metadata.channelId },
          context,
          outcome.lead,
          'Updated',
          outcome.kept && keptNote(context, outcome.kept),
        );
        return;
      }
      const outcome = await withinBudget(deps.leads.add(context.team.id, userId, draft));
      if (outcome.kind === 'invalid')
        return await ack({ response_action: 'errors', errors: leadModalErrors(t, outcome.problems) });
      if (outcome.kind === 'possible_duplicate') {
        const duplicateMetadata: LeadDuplicateMetadata = {
          draftId: outcome.draftId,
          ...(metadata.channelId ? { channelId: metadata.channelId } : {}),
        };
        return await ack({
          response_action: 'push',
          view: buildLeadDuplicateModal(
            t,
            outcome.input.company,
            outcome.duplicates,
            duplicateMetadata,
            context.formatDate,
            undefined,
            outcome.input.email,
          ),
        });
      }
      await ack();
      await confirmLeadSaved(
        deps,
        client,
        { userId, channelId: metadata.channelId },
        context,
        outcome.lead,
        'Added',
      );
    } catch (error) {
      // A lead deleted since the form opened (undone, merged) is said so: pressing again cannot help.
      const notFound = error instanceof NotFoundError ? error : undefined;
      if (!notFound) deps.logger.error('lead form could not be saved within the time Slack allows', error);
      await ack(
        await unsavedFormErrors(
          deps,
          t,
          payloadOrigin(body, client),
          LeadModalBlocks.company,
          notFound
            ? (language) => `${notFoundText(language, notFound)}.`
            : pressAgain((language) => leadModalSubmitLabel(language, editing)),
        ),
      );
    }
  });

  app.view(CallbackIds.leadDuplicateModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMetadata(view.private_metadata, leadDuplicateMetadata);
    const userId = body.user.id;
    let t: Translator | undefined;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body, client)));
      t = context.t;
      const outcome = await withinBudget(
        deps.leads.addDraftAnyway(context.team.id, userId, metadata?.draftId ?? ''),
      );
      await ack({ response_action: 'clear' });
      if (outcome?.kind === 'added') {
        await confirmLeadSaved(
          deps,
          client,
          { userId, channelId: metadata?.channelId },
          context,
          outcome.lead,
          'Added',
        );
      }
    } catch (error) {
      deps.logger.error('adding a lead despite a duplicate warning failed', error);
      const warning = view.blocks.at(-1) as KnownBlock | undefined;
      const language = await failedFormTranslator(deps, t, payloadOrigin(body, client));
      await ack({
        response_action: 'update',
        view: leadDuplicateView(language, view.private_metadata, [
          section(language.t('leadForm.addAnywayFailed')),
          ...(warning ? [warning] : []),
        ]),
      });
    }
  });
}
