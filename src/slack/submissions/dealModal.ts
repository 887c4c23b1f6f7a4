import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { DealDraft } from '../../domain/deal';
import { isClosedStage } from '../../domain/stageMove';
import type { Stage } from '../../domain/stages';
import type { DealChange, DealOutcome } from '../../services/dealService';
import { NotFoundError } from '../../errors';
import type { TeamRecord } from '../../store/teamStore';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, Commands, DealModalBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { dealReference, stageLabel } from '../views/dealFormat';
import { type DealModalMetadata, dealModalErrors, readDealModal } from '../views/dealModal';
import { refusalText } from '../views/dealMessages';
import { buildDealOutcomeMessage } from '../views/dealOutcomeMessage';
import { escapeMrkdwn } from '../views/text';
import { readMetadata } from '../views/viewState';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The stage change a form asks for: reopening when a closed deal is put in an open stage. */
function changeFor(current: Stage, target: Stage): DealChange {
  if (isClosedStage(current) && !isClosedStage(target)) return { kind: 'reopen', stage: target };
  return current === target ? { kind: 'update' } : { kind: 'move', stage: target };
}

async function submit(
  deps: SlackDependencies,
  team: TeamRecord,
  userId: string,
  metadata: DealModalMetadata,
  form: { draft: DealDraft; stage: Stage; leadNumber: number | undefined },
): Promise<DealOutcome | { kind: 'no_lead' }> {
  if (metadata.dealNumber === undefined) {
    if (form.leadNumber === undefined) return { kind: 'no_lead' };
    return deps.deals.create(team, userId, {
      leadNumber: form.leadNumber,
      stage: form.stage,
      draft: form.draft,
      allowSecondDeal: true,
    });
  }
  const deal = await deps.store.deals.getByNumber(team.id, metadata.dealNumber);
  return deps.deals.change(team, userId, {
    number: metadata.dealNumber,
    change: changeFor(deal.stage as Stage, form.stage),
    draft: form.draft,
    ...(metadata.version !== undefined ? { expectedVersion: metadata.version } : {}),
  });
}

export function registerDealModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.dealModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMetadata(view.private_metadata) as DealModalMetadata;
    const form = readDealModal(view.state.values);
    const userId = body.user.id;
    if (!form.stage) {
      await ack({
        response_action: 'errors',
        errors: { [DealModalBlocks.stage]: 'Choose the stage the deal is in' },
      });
      return;
    }
    const stage = form.stage;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body)));
      const outcome = await withinBudget(submit(deps, context.team, userId, metadata, { ...form, stage }));
      switch (outcome.kind) {
        case 'no_lead':
          return await ack({
            response_action: 'errors',
            errors: { [DealModalBlocks.lead]: 'Choose the lead this deal is for' },
          });
        case 'invalid':
          return await ack({ response_action: 'errors', errors: dealModalErrors(outcome.problems, stage) });
        case 'refused': {
          const { deal, refusal } = outcome;
          const message =
            refusal.reason === 'closed'
              ? `${dealReference(deal)} is ${stageLabel(refusal.stage)}, which is final: choose an open stage to reopen it`
              : refusalText(deal, refusal);
          return await ack({ response_action: 'errors', errors: { [DealModalBlocks.stage]: message } });
        }
        case 'conflict': {
          const { current, lastEvent } = outcome;
          const by = lastEvent ? ` by <@${lastEvent.byUserId}>` : '';
          return await ack({
            response_action: 'update',
            view: await withinBudget(
              loadDealModal(deps, context.team, {
                channelId: metadata.channelId,
                dealNumber: current.number,
                stage,
                values: form.draft,
                version: current.version,
                notice:
                  `:warning: ${dealReference(current)} (*${escapeMrkdwn(current.lead.company)}*) was changed${by} while you were editing: ` +
                  `it is now in *${stageLabel(current.stage)}*. Your values are kept below: press Save to apply them anyway, or Cancel.`,
              }),
            ),
          });
        }
        default: {
          await ack();
          const echo = { command: Commands.deal, text: '' };
          await replyPrivately(
            client,
            { userId, channelId: metadata.channelId },
            buildDealOutcomeMessage(outcome, echo),
            deps.logger,
          );
        }
      }
    } catch (error) {
      if (error instanceof NotFoundError) {
        return await ack({
          response_action: 'errors',
          errors: { [DealModalBlocks.stage]: `${error.message}.` },
        });
      }
      deps.logger.error('deal form could not be saved within the time Slack allows', error);
      await ack({
        response_action: 'errors',
        errors: {
          [DealModalBlocks.stage]:
            'Tandem could not save just now. Everything you typed is still here: press the button again in a moment.',
        },
      });
    }
  });
}
