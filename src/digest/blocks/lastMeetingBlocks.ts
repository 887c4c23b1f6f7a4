import { calendarDateIn } from '../../domain/calendar';
import type { ReportingPeriod } from '../../domain/digestFigures';
import { actionItemLine } from '../../views/messages/actionItemMessages';
import { heldText, noteLine } from '../../views/messages/meetingMessages';
import type { KnownBlock } from '../../blockKit/message';
import type { MeetingDetails } from '../../store/repos/meetingStore';
import type { Translator } from '../../i18n/translator';
import { formatPeriod, type DigestFormat } from '../format';
import { listBlocks, mrkdwnSection } from '../../blockKit/blockKit';

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
  const { t } = style;
  const label = formatPeriod(
    { start: meeting.periodStart, end: meeting.periodEnd, timeZone: digest.period.timeZone },
    t,
  );
  const held = meeting.heldAt
    ? heldText(meeting.heldAt, meeting.heldById, { t, timeZone: style.timeZone })
    : t.t('digest.lastMeeting.notHeld');
  const itemStyle = {
    t,
    today: calendarDateIn(digest.period.end, digest.period.timeZone),
    timeZone: style.timeZone,
    showOwner: true,
  };
  const itemCount = totals.openItems + totals.doneItems;
  return [
    mrkdwnSection(t.t('digest.lastMeeting.title', { period: label, held })),
    ...titledList(
      t.t('digest.lastMeeting.decisions', { count: totals.decisions }),
      last.decisions.map((note) => noteLine(note, t)),
      totals.decisions,
      t.t('digest.lastMeeting.noDecisions'),
      t,
    ),
    ...titledList(
      t.t('digest.lastMeeting.actionItems', { open: totals.openItems, done: totals.doneItems }),
      last.actionItems.map((item) => `• ${actionItemLine(item, itemStyle)}`),
      itemCount,
      t.t('digest.lastMeeting.noActionItems'),
      t,
    ),
  ];
}

/** A title line and up to one section of entries; "…and N more" counts those not shown. */
function titledList(
  title: string,
  lines: string[],
  total: number,
  none: string,
  t: Translator,
): KnownBlock[] {
  return total === 0
    ? [mrkdwnSection(`${title}\n${none}`)]
    : listBlocks([title, ...lines], { t, total: total + 1, maxSections: 1 });
}
