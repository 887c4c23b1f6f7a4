import { formatCalendarDate, formatDayTime } from '../../domain/calendar';
import { OTHER_LOST_REASON } from '../../domain/deal';
import { formatDuration } from '../../domain/dealTimeline';
import { FUNNEL_STAGES, type Stage } from '../../domain/stages';
import type { DealTimeline } from '../../services/dealService';
import type { StageEventRecord } from '../../store/dealStore';
import type { TeamOptionRecord } from '../../store/teamStore';
import { dealReference, dealTermsText, dealTitle, moneyText, stageLabel } from './dealFormat';
import { leadReference } from './leadMessages';
import { actions, button, context, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';
import { ActionIds } from '../ids';

const SECTION_LIMIT = 2900;
/** Events shown in Slack; a deal with more shows its latest ones (the digest uses them all). */
const SHOWN_EVENTS = 60;

function eventLine(event: StageEventRecord, timeZone: string): string {
  const move =
    event.fromStage === null
      ? `created in *${stageLabel(event.toStage)}*`
      : `${stageLabel(event.fromStage)} → *${stageLabel(event.toStage)}*`;
  const skipped = event.skipped ? ` (skipped ${event.skipped.split(',').map(stageLabel).join(', ')})` : '';
  const kind = event.kind === 'backward' ? ' (back)' : event.kind === 'reopen' ? ' (reopened)' : '';
  const facts = [
    moneyText(event.valueMinor, event.currency),
    event.discountPct === null ? undefined : `discount ${event.discountPct} %`,
    event.reason ? `reason: ${escapeMrkdwn(truncate(event.reason, 200))}` : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  return `• ${formatDayTime(event.at, timeZone)} — ${move}${skipped}${kind} by ${userMention(event.byUserId)}${facts.length ? ` · ${facts.join(' · ')}` : ''}`;
}

/** Sections of lines, each under Slack's 3000-character limit. */
function chunked(title: string, lines: string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let chunk: string[] = [title];
  for (const line of lines) {
    if ([...chunk, line].join('\n').length > SECTION_LIMIT) {
      blocks.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(line);
  }
  if (chunk.length > 0) blocks.push(section(chunk.join('\n')));
  return blocks;
}

function durationLines(timeline: DealTimeline): string[] {
  const { durations } = timeline;
  const inStages = FUNNEL_STAGES.filter((stage) => durations.timeInStage[stage as Stage] !== undefined)
    .map((stage) => `${stageLabel(stage)} ${formatDuration(durations.timeInStage[stage as Stage] ?? 0)}`)
    .join(' · ');
  return [
    `*Time in stage:* ${inStages || 'none yet'}`,
    durations.offerPreparation === undefined
      ? undefined
      : `*Offer preparation:* ${formatDuration(durations.offerPreparation)}`,
    durations.negotiation === undefined
      ? undefined
      : `*Negotiation:* ${formatDuration(durations.negotiation)} over ${durations.negotiationRounds} round${durations.negotiationRounds === 1 ? '' : 's'}`,
    durations.timeToClose === undefined
      ? undefined
      : `*Time to close* (from the lead): ${formatDuration(durations.timeToClose)}`,
  ].filter((line): line is string => line !== undefined);
}

function detailLines(timeline: DealTimeline, lostReasons: TeamOptionRecord[]): string[] {
  const { deal } = timeline;
  const lostLabel =
    deal.lostReason === OTHER_LOST_REASON
      ? 'Other'
      : deal.lostReason
        ? (lostReasons.find((reason) => reason.key === deal.lostReason)?.label ?? deal.lostReason)
        : undefined;
  const rows: [string, string | null | undefined][] = [
    ['Problems / challenges', deal.problems],
    ['Desired outcomes', deal.desiredOutcomes],
    ['Offer requested on', deal.offerRequestedAt ? formatCalendarDate(deal.offerRequestedAt) : null],
    ['Offer sent on', deal.offerSentAt ? formatCalendarDate(deal.offerSentAt) : null],
    ['Negotiation notes', deal.negotiationNotes],
    ['Lost reason', lostLabel ? [lostLabel, deal.lostReasonText].filter(Boolean).join(': ') : null],
  ];
  return rows
    .filter((row): row is [string, string] => Boolean(row[1]))
    .map(([label, value]) => `*${label}:* ${escapeMrkdwn(truncate(value, 400))}`);
}

/** `/deal show D-7`: where the deal is, every stage change with who, when and the terms, and the durations. */
export function buildDealTimelineMessage(
  timeline: DealTimeline,
  context_: { timeZone: string; lostReasons: TeamOptionRecord[] },
): SlackMessage {
  const { deal, events, durations } = timeline;
  const terms = dealTermsText(deal);
  const status =
    deal.closedAt !== null
      ? `*${stageLabel(deal.stage)}* on ${formatDayTime(deal.closedAt, context_.timeZone)}`
      : `In *${stageLabel(deal.stage)}* for ${formatDuration(durations.inCurrentStage)}`;
  const shown = events.slice(-SHOWN_EVENTS);
  const hidden = events.length - shown.length;
  const blocks: KnownBlock[] = [
    section(
      `${dealTitle(deal, deal.lead.company)} · lead \`${leadReference(deal.lead)}\`\n${status}${terms ? ` · ${terms}` : ''}`,
    ),
    ...chunked(
      `*Timeline*${hidden > 0 ? ` (latest ${shown.length} of ${events.length})` : ''}`,
      shown.map((event) => eventLine(event, context_.timeZone)),
    ),
    ...chunked('*Derived from the timeline*', durationLines(timeline)),
  ];
  const details = detailLines(timeline, context_.lostReasons);
  if (details.length > 0) blocks.push(...chunked('*Details*', details));
  blocks.push(context(`Owner ${userMention(deal.ownerId)} · opened by ${userMention(deal.createdById)}`));
  blocks.push(actions(button('Move…', ActionIds.dealMove, String(deal.number))));
  return { text: `${dealReference(deal)} ${deal.lead.company}: ${stageLabel(deal.stage)}`, blocks };
}
