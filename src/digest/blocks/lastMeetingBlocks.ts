import { calendarDateIn } from '../../domain/calendar';
import type { ReportingPeriod } from '../../domain/digestFigures';
import { formatDay } from '../../domain/dates';
import { actionItemLine } from '../../slack/views/actionItemMessages';
import { noteLine } from '../../slack/views/meetingMessages';
import type { KnownBlock } from '../../slack/views/message';
import { userMention } from '../../slack/views/text';
import type { MeetingDetails } from '../../store/meetingStore';
import { formatPeriod, type DigestFormat } from '../format';
import { listBlocks, mrkdwnSection } from './blockKit';

/**
 * "Since the last meeting": the decisions of the team's previous meeting and how its action items
 * stand (open ones first, overdue as of the digest's day), so the meeting starts from them.
 */
export function buildLastMeetingSection(
  last: MeetingDetails,
  digest: { period: ReportingPeriod; style: DigestFormat },
): KnownBlock[] {
  const { meeting, totals } = last;
  const { style } = digest;
  const label = formatPeriod(
    { start: meeting.periodStart, end: meeting.periodEnd, timeZone: digest.period.timeZone },
    style.locale,
  );
  const held = meeting.heldAt
    ? `held ${formatDay(meeting.heldAt, style.timeZone)}${meeting.heldById ? ` (marked by ${userMention(meeting.heldById)})` : ''}`
    : 'not marked held';
  const itemStyle = {
    today: calendarDateIn(digest.period.end, digest.period.timeZone),
    timeZone: style.timeZone,
    showOwner: true,
  };
  const itemCount = totals.openItems + totals.doneItems;
  return [
    mrkdwnSection(`*Since the last meeting* (${label}, ${held})`),
    ...titledList(
      `*Decisions* (${totals.decisions})`,
      last.decisions.map(noteLine),
      totals.decisions,
      '_No decisions recorded._',
    ),
    ...titledList(
      `*Action items*: ${totals.openItems} open, ${totals.doneItems} done`,
      last.actionItems.map((item) => `• ${actionItemLine(item, itemStyle)}`),
      itemCount,
      '_No action items._',
    ),
  ];
}

/** A title line and up to one section of entries; "…and N more" counts those not shown. */
function titledList(title: string, lines: string[], total: number, none: string): KnownBlock[] {
  return total === 0
    ? [mrkdwnSection(`${title}\n${none}`)]
    : listBlocks([title, ...lines], { total: total + 1, maxSections: 1 });
}
