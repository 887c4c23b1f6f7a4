import type { Clock } from '../clock';
import type { DigestScheduleFields } from '../domain/digestCommand';
import { firstRunDate, nextRun, type ScheduledRun } from '../domain/digestSchedule';
import type { Store } from '../store';
import type { DigestScheduleRecord } from '../store/repos/digestScheduleStore';

export type SavedSchedule = { schedule: DigestScheduleRecord; next: ScheduledRun };

/** Where and when a team's digest is posted: the one way in for the schedule form and /digest. */
export class DigestScheduleService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async current(teamId: string): Promise<DigestScheduleRecord | undefined> {
    return this.store.digestSchedules.get(teamId);
  }

  /**
   * Saves validated fields. The cadence counts from the first matching weekday and time after now
   * (the anchor), so "every 2 weeks" starts with the next such day, and the answer says when that is.
   */
  async save(teamId: string, fields: DigestScheduleFields, actorId: string): Promise<SavedSchedule> {
    const now = this.clock.now();
    const anchorDate = firstRunDate(fields.weekday, fields.time, fields.timeZone, now);
    const schedule = await this.store.digestSchedules.save(teamId, { ...fields, anchorDate }, actorId, now);
    return { schedule, next: nextRun({ ...fields, anchorDate }, now) };
  }
}
