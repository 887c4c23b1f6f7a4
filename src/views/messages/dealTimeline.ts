import { formatCalendarDay, formatDayTime } from '../../domain/dates';
import { OTHER_LOST_REASON } from '../../domain/deal';
import { formatDuration } from '../../domain/dealTimeline';
import { FUNNEL_STAGES, type Stage } from '../../domain/stages';
import type { MessageKey } from '../../i18n/catalog';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { Translator } from '../../i18n/translator';
import type { DealTimeline } from '../../services/dealService';
import type { StageEventRecord } from '../../store/repos/dealStore';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { ActionIds } from '../../slack/ids';
import {
  dealReference,
  dealTermsText,
  dealTitle,
  discountText,
  moneyText,
  moveText,
  stageLabel,
} from '../text/dealFormat';
import { leadReference } from './leadMessages';
import {
  actions,
  button,
  context,
  type KnownBlock,
  section,
  type SlackMessage,
} from '../../blockKit/message';
import { escapeTruncated, userMention } from '../../blockKit/text';

const SECTION_LIMIT = 2900;
/** Events shown in Slack; a deal with more shows its latest ones (the digest uses them all). */
const SHOWN_EVENTS = 60;

function eventLine(t: Translator, event: StageEventRecord, timeZone: string): string {
  const move = moveText(
    t,
    { ...event, skipped: event.skipped ? event.skipped.split(',') : [] },
    (label) => `*${label}*`,
  );
  const facts = [
    moneyText(t, event.valueMinor, event.currency),
    discountText(t, event.discountPct),
    event.reason ? t.t('deals.reason', { reason: escapeTruncated(event.reason, 200) }) : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  const line = t.t('dealTimeline.event', {
    when: formatDayTime(event.at, timeZone, t),
    move,
    user: userMention(event.byUserId),
  });
  return `${line}${facts.length ? ` · ${facts.join(' · ')}` : ''}`;
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

function durationLines(t: Translator, timeline: DealTimeline): string[] {
  const { durations } = timeline;
  const inStages = FUNNEL_STAGES.filter((stage) => durations.timeInStage[stage as Stage] !== undefined)
    .map(
      (stage) => `${stageLabel(t, stage)} ${formatDuration(durations.timeInStage[stage as Stage] ?? 0, t)}`,
    )
    .join(' · ');
  return [
    t.t('dealTimeline.timeInStage', { stages: inStages || t.t('dealTimeline.noneYet') }),
    durations.offerPreparation === undefined
      ? undefined
      : t.t('dealTimeline.offerPreparation', { duration: formatDuration(durations.offerPreparation, t) }),
    durations.negotiation === undefined
      ? undefined
      : t.t('dealTimeline.negotiation', {
          duration: formatDuration(durations.negotiation, t),
          count: durations.negotiationRounds,
        }),
    durations.timeToClose === undefined
      ? undefined
      : t.t('dealTimeline.timeToClose', { duration: formatDuration(durations.timeToClose, t) }),
  ].filter((line): line is string => line !== undefined);
}

function detailLines(t: Translator, timeline: DealTimeline, lostReasons: TeamOptionRecord[]): string[] {
  const { deal } = timeline;
  const listed = lostReasons.find((reason) => reason.key === deal.lostReason);
  const lostLabel =
    deal.lostReason === OTHER_LOST_REASON
      ? t.t('dealTimeline.otherReason')
      : listed
        ? teamOptionLabel(t, 'lost_reason', listed)
        : (deal.lostReason ?? undefined);
  const rows: [MessageKey, string | null | undefined][] = [
    ['field.problems', deal.problems],
    ['field.desiredOutcomes', deal.desiredOutcomes],
    ['field.offerRequestedAt', deal.offerRequestedAt ? formatCalendarDay(deal.offerRequestedAt, t) : null],
    ['field.offerSentAt', deal.offerSentAt ? formatCalendarDay(deal.offerSentAt, t) : null],
    ['field.negotiationNotes', deal.negotiationNotes],
    [
      'dealTimeline.lostReason',
      lostLabel ? [lostLabel, deal.lostReasonText].filter(Boolean).join(': ') : null,
    ],
  ];
  return rows
    .filter((row): row is [MessageKey, string] => Boolean(row[1]))
    .map(([label, value]) => `*${t.t(label)}:* ${escapeTruncated(value, 400)}`);
}

/** `/deal show D-7`: where the deal is, every stage change with who, when and the terms, and the durations. */
export function buildDealTimelineMessage(
  t: Translator,
  timeline: DealTimeline,
  context_: { timeZone: string; lostReasons: TeamOptionRecord[] },
): SlackMessage {
  const { deal, events, durations } = timeline;
  const terms = dealTermsText(t, deal);
  const stage = stageLabel(t, deal.stage);
  const status =
    deal.closedAt !== null
      ? t.t('dealTimeline.closedOn', { stage, when: formatDayTime(deal.closedAt, context_.timeZone, t) })
      : t.t('dealTimeline.inStageFor', { stage, duration: formatDuration(durations.inCurrentStage, t) });
  const shown = events.slice(-SHOWN_EVENTS);
  const hidden = events.length - shown.length;
  const heading = t.t('dealTimeline.heading', {
    deal: dealTitle(deal, deal.lead.company),
    reference: leadReference(deal.lead),
  });
  const blocks: KnownBlock[] = [
    section(`${heading}\n${status}${terms ? ` · ${terms}` : ''}`),
    ...chunked(
      hidden > 0
        ? t.t('dealTimeline.timelineLatest', { shown: shown.length, total: events.length })
        : t.t('dealTimeline.timeline'),
      shown.map((event) => eventLine(t, event, context_.timeZone)),
    ),
    ...chunked(t.t('dealTimeline.derived'), durationLines(t, timeline)),
  ];
  const details = detailLines(t, timeline, context_.lostReasons);
  if (details.length > 0) blocks.push(...chunked(t.t('dealTimeline.details'), details));
  blocks.push(
    context(
      t.t('dealTimeline.people', {
        owner: userMention(deal.ownerId),
        creator: userMention(deal.createdById),
      }),
    ),
  );
  blocks.push(actions(button(t.t('deals.moveButton'), ActionIds.dealMove, String(deal.number))));
  return { text: `${dealReference(deal)} ${deal.lead.company}: ${stage}`, blocks };
}
