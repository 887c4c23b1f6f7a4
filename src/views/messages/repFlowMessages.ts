import { type DealDraft } from '../../domain/deal';
import { dealMoveText } from '../../domain/dealCommand';
import type { DidYouMean } from '../../domain/leadCommand';
import type { Stage } from '../../domain/stages';
import type { Translator } from '../../i18n/translator';
import type { DealRecord } from '../../store/repos/dealStore';
import type { LeadRecord } from '../../store/repos/leadStore';
import { ActionIds, Commands } from '../../slack/ids';
import { dealReference, stageLabel } from '../text/dealFormat';
import { leadReference, leadTitle } from './leadMessages';
import { actions, type Button, context, section, type SlackMessage } from '../../blockKit/message';
import { runButton } from './runButton';
import { escapeMrkdwn, escapeTruncated, truncate } from '../../blockKit/text';

const BUTTON_LABEL_MAX = 75;
/** Slack shows at most 25 elements in one actions block. */
const CHOICES_SHOWN = 25;

function label(text: string): string {
  return truncate(text, BUTTON_LABEL_MAX);
}

function present(buttons: (Button | undefined)[]): Button[] {
  return buttons.filter((each): each is Button => each !== undefined);
}

/** A near-miss verb: run the corrected command, or take the text as typed (the word as a name). */
export function buildDidYouMeanMessage(
  t: Translator,
  command: typeof Commands.lead | typeof Commands.deal,
  guess: DidYouMean,
  teamId: string,
): SlackMessage {
  const actionId = command === Commands.lead ? ActionIds.leadRun : ActionIds.dealRun;
  const literalLabel = command === Commands.lead ? 'flow.runLiteralLead' : 'flow.runLiteralDeal';
  const typed = truncate(guess.typed, 40);
  const buttons = present([
    runButton(
      label(t.t('flow.runSuggested', { meant: guess.meant })),
      actionId,
      {
        text: guess.suggestion,
        teamId,
      },
      'primary',
    ),
    runButton(label(t.t(literalLabel, { typed })), actionId, { text: guess.literal, teamId }),
  ]);
  return {
    text: t.t('flow.didYouMeanText', { meant: guess.meant }),
    blocks: [
      section(
        `:thinking_face: ${t.t('flow.didYouMean', { suggestion: escapeMrkdwn(`${command} ${truncate(guess.suggestion, 200)}`) })}`,
      ),
      context(t.t('flow.didYouMeanTyped', { typed: escapeMrkdwn(typed), meant: guess.meant })),
      ...(buttons.length > 0 ? [actions(...buttons)] : []),
    ],
  };
}

/** A lead with several open deals was named: one button per deal runs the same move on it. */
export function buildWhichDealMessage(
  t: Translator,
  lead: LeadRecord,
  openDeals: DealRecord[],
  move: { stage: Stage; draft: DealDraft; teamId: string },
): SlackMessage {
  const count = openDeals.length;
  const buttons = present(
    [...openDeals]
      .sort((a, b) => a.number - b.number)
      .slice(0, CHOICES_SHOWN)
      .map((deal) =>
        runButton(label(`${dealReference(deal)} · ${stageLabel(t, deal.stage)}`), ActionIds.dealRun, {
          text: dealMoveText(dealReference(deal), move.stage, move.draft),
          teamId: move.teamId,
        }),
      ),
  );
  return {
    text: t.t('flow.whichDealText', { reference: leadReference(lead), count }),
    blocks: [
      section(`:point_right: ${t.t('flow.whichDeal', { lead: leadTitle(lead), count })}`),
      ...(buttons.length > 0 ? [actions(...buttons)] : []),
    ],
  };
}

/** A company name matched several leads: one button per lead runs the same command with its id. */
export function buildWhichLeadMessage(
  t: Translator,
  company: string,
  leads: LeadRecord[],
  move: { stage: Stage; draft: DealDraft; teamId: string },
): SlackMessage {
  const count = leads.length;
  const shown = escapeTruncated(company, 150);
  const buttons = present(
    leads.slice(0, CHOICES_SHOWN).map((lead) =>
      runButton(label(`${leadReference(lead)} · ${lead.company}`), ActionIds.dealRun, {
        text: dealMoveText(leadReference(lead), move.stage, move.draft),
        teamId: move.teamId,
      }),
    ),
  );
  return {
    text: t.t('flow.whichLeadText', { company: shown, count }),
    blocks: [
      section(`:point_right: ${t.t('flow.whichLead', { company: shown, count })}`),
      ...(buttons.length > 0 ? [actions(...buttons)] : []),
    ],
  };
}
