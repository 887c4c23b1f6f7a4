import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { DealDraft } from '../../domain/deal';
import { isClosedStage } from '../../domain/stageMove';
import type { Stage } from '../../domain/stages';
import type { DealChange, DealOutcome } from '../../services/dealService';
import { NotFoundError } from '../../errors';
import type { Translator } from '../../i18n/translator';
import type { TeamRecord } from '../../store/repos/teamStore';
import { loadDealModal } from '../dealModalLoader';
import { announceDealOutcome } from '../announcements';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, Commands, DealModalBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';
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
import { pressAgain, unsavedFormErrors } from './failedFormLanguage';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The deal being moved or the lead a new deal is for went missing (deleted meanwhile). */
function notFoundText(t: Translator, error: NotFoundError): string {
  const reference = escapeMrkdwn(error.reference);
  return error.entity === 'Lead'
    ? t.t('failures.leadNotFound', { reference })
    : error.entity === 'Deal'
      ? t.t('failures.dealNotFound', { reference })
      : t.t('failures.notFound', { reference });
}

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
    const metadata = readMetadata(view.private_metadata, dealModalMetadata) ?? {};
    const form = readDealModal(view.state.values);
    const userId = body.user.id;
    let t: Translator | undefined;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body, client)));
      t = context.t;
      if (!form.stage) {
        return await ack({
          response_action: 'errors',
          errors: { [DealModalBlocks.stage]: t.t('dealForm.chooseStage') },
        });
      }
      const stage = form.stage;
      const outcome = await withinBudget(submit(deps, context.team, userId, metadata, { ...form, stage }));
      switch (outcome.kind) {
        case 'no_lead':
          return await ack({
            response_action: 'errors',
            errors: { [DealModalBlocks.lead]: t.t('dealForm.chooseLead') },
          });
        case 'invalid':
          return await ack({
            response_action: 'errors',
            errors: dealModalErrors(t, outcome.problems, stage),
          });
        case 'refused': {
          const { deal, refusal } = outcome;
          const message =
            refusal.reason === 'closed'
              ? t.t('dealForm.closedStage', {
                  deal: dealReference(deal),
                  stage: stageLabel(t, refusal.stage),
                })
              : refusalText(t, deal, refusal);
          return await ack({ response_action: 'errors', errors: { [DealModalBlocks.stage]: message } });
        }
        case 'conflict': {
          const { current, lastEvent } = outcome;
          const notice = {
            deal: dealReference(current),
            company: escapeMrkdwn(current.lead.company),
            stage: stageLabel(t, current.stage),
          };
          return await ack({
            response_action: 'update',
            view: await withinBudget(
              loadDealModal(deps, context, {
                channelId: metadata.channelId,
                dealNumber: current.number,
                stage,
                values: form.draft,
                version: current.version,
                notice: lastEvent
                  ? t.t('dealForm.conflictBy', { ...notice, user: userMention(lastEvent.byUserId) })
                  : t.t('dealForm.conflict', notice),
              }),
            ),
          });
        }
        default: {
          await ack();
          await announceDealOutcome(deps, client, context.team, outcome);
          const echo = { command: Commands.deal, text: '' };
          await replyPrivately(
            client,
            { userId, channelId: metadata.channelId },
            await withTeamName(deps, context, buildDealOutcomeMessage(t, outcome, echo), userId),
            deps.logger,
          );
        }
      }
    } catch (error) {
      const notFound = error instanceof NotFoundError ? error : undefined;
      if (!notFound) deps.logger.error('deal form could not be saved within the time Slack allows', error);
      await ack(
        await unsavedFormErrors(
          deps,
          t,
          payloadOrigin(body, client),
          DealModalBlocks.stage,
          notFound
            ? (language) => `${notFoundText(language, notFound)}.`
            : pressAgain((language) => dealModalSubmitLabel(language, metadata.dealNumber !== undefined)),
        ),
      );
    }
  });
}
