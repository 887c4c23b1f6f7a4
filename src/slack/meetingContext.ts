import { calendarDateIn } from '../domain/calendar';
import { type MeetingPeriod, meetingReportingPeriod } from '../domain/meeting';
import { formatPeriod } from '../digest/format';
import { createTranslator, type Translator } from '../i18n/translator';
import type { Store } from '../store';
import type { TeamRecord } from '../store/repos/teamStore';
import type { ActionItemStyle } from '../views/messages/actionItemMessages';

/** How a team's meetings are written: period labels in the digest's zone, items against the team's today. */
export type MeetingFormat = {
  periodLabel(period: MeetingPeriod): string;
  items: ActionItemStyle;
};

/**
 * Digest periods are midnights of the schedule's zone (the team's zone without a schedule), so a
 * meeting's period is labelled in that zone, as the digest's title labels it. The text is in the
 * team's language (channel posts, DMs Tandem sends) unless a caller answering one user passes theirs.
 */
export async function meetingFormat(
  store: Store,
  team: TeamRecord,
  now: Date,
  t: Translator = createTranslator(team.locale),
): Promise<MeetingFormat> {
  const schedule = await store.digestSchedules.get(team.id);
  const periodZone = schedule?.timeZone ?? team.timezone;
  return {
    periodLabel: (period) => formatPeriod(meetingReportingPeriod(period, periodZone), t),
    items: { t, today: calendarDateIn(now, team.timezone), timeZone: team.timezone },
  };
}
