import { calendarDateIn } from '../domain/calendar';
import { type MeetingPeriod, meetingReportingPeriod } from '../domain/meeting';
import { formatPeriod } from '../digest/format';
import type { Store } from '../store';
import type { TeamRecord } from '../store/teamStore';
import type { ActionItemStyle } from './views/actionItemMessages';

/** How a team's meetings are written: period labels in the digest's zone, items against the team's today. */
export type MeetingFormat = {
  periodLabel(period: MeetingPeriod): string;
  items: ActionItemStyle;
};

/**
 * Digest periods are midnights of the schedule's zone (the team's zone without a schedule), so a
 * meeting's period is labelled in that zone, as the digest's title labels it.
 */
export async function meetingFormat(store: Store, team: TeamRecord, now: Date): Promise<MeetingFormat> {
  const schedule = await store.digestSchedules.get(team.id);
  const periodZone = schedule?.timeZone ?? team.timezone;
  return {
    periodLabel: (period) => formatPeriod(meetingReportingPeriod(period, periodZone), team.locale),
    items: { today: calendarDateIn(now, team.timezone), timeZone: team.timezone },
  };
}
