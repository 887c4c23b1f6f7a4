import type { App } from '@slack/bolt';
import type { DealDraft } from '../../domain/deal';
import { isClosedStage } from '../../domain/stageMove';
import type { Stage } from '../../domain/stages';
import type { DealChange, DealOutcome } from '../../services/dealService';
import type { TeamRecord } from '../../store/repos/teamStore';
import { loadDealModal } from '../dealModalLoader';
import { announceDealOutcome } from '../announcements';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, Commands, DealModalBlocks } from '../ids';
import { registerFormSubmission } from '../formSubmission';
import { dealReference, stageLabel } from '../../views/text/dealFormat';
import {
  dealModalMetadata,
  type DealModalMetadata,
  dealModalErrors,
  dealModalSubmitLabel,
  readDealModal,
} from '../../views/modals/dealModal';
import { refusalText } from '../../views/messages/dealMessages';
import { buildDealOutcomeMessage } from '../../views/messages/dealOutcomeMessage';
import { escapeMrkdwn, userMention } from '../../blockKit/text';
import { readMetadata } from '../../views/modals/viewState';

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
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.dealModal,
    name: 'deal form',
    errorBlock: DealModalBlocks.stage,
    submitLabel: (t, view) => {
      const metadata = readMetadata(view.private_metadata, dealModalMetadata) ?? {};
      return dealModalSubmitLabel(t, metadata.dealNumber !== undefined);
    },
    async save({ view, client, reply, context, userId }) {
      const { t } = context;
      const metadata = readMetadata(view.private_metadata, dealModalMetadata) ?? {};
      const form = readDealModal(view.state.values);
      if (!form.stage)
        return { kind: 'errors', errors: { [DealModalBlocks.stage]: t.t('dealForm.chooseStage') } };
      const stage = form.stage;
      const outcome = await submit(deps, context.team, userId, metadata, { ...form, stage });
      switch (outcome.kind) {
        case 'no_lead':
          return { kind: 'errors', errors: { [DealModalBlocks.lead]: t.t('dealForm.chooseLead') } };
        case 'invalid':
          return { kind: 'errors', errors: dealModalErrors(t, outcome.problems, stage) };
        case 'refused': {
          const { deal, refusal } = outcome;
          const message =
            refusal.reason === 'closed'
              ? t.t('dealForm.closedStage', {
                  deal: dealReference(deal),
                  stage: stageLabel(t, refusal.stage),
                })
              : refusalText(t, deal, refusal);
          return { kind: 'errors', errors: { [DealModalBlocks.stage]: message } };
        }
        case 'conflict': {
          const { current, lastEvent } = outcome;
          const notice = {
            deal: dealReference(current),
            company: escapeMrkdwn(current.lead.company),
            stage: stageLabel(t, current.stage),
          };
          const view = await loadDealModal(deps, context, {
            channelId: metadata.channelId,
            dealNumber: current.number,
            stage,
            values: form.draft,
            version: current.version,
            notice: lastEvent
              ? t.t('dealForm.conflictBy', { ...notice, user: userMention(lastEvent.byUserId) })
              : t.t('dealForm.conflict', notice),
          });
          return { kind: 'update', view };
        }
        default: {
          const confirm = async () => {
            await announceDealOutcome(deps, client, context.team, outcome);
            const echo = { command: Commands.deal, text: '' };
            const message = buildDealOutcomeMessage(t, outcome, echo);
            await reply({ userId, channelId: metadata.channelId }, message);
          };
          return { kind: 'saved', confirm };
        }
      }
    },
  });
}
