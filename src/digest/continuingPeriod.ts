import { type ScheduledRun, transitionalDays } from '../domain/digestSchedule';
import type { ReportingPeriod } from '../domain/digestFigures';
import { continuingPeriod } from '../domain/periods';
import type { Store } from '../store';

/**
 * The period a digest of the cadence's `nominal` period reports, continuing from the team's latest
 * digest run so that periods neither overlap nor leave a gap after a schedule change
 * (`continuingPeriod`); undefined when that run already reaches the nominal end.
 */
export async function periodAfterLastDigest(
  store: Pick<Store, 'digestRuns'>,
  teamId: string,
  nominal: ReportingPeriod,
): Promise<{ period: ReportingPeriod | undefined; last: ReportingPeriod | undefined }> {
  const [latest] = await store.digestRuns.recent(teamId, 1);
  const last = latest
    ? { start: latest.periodStart, end: latest.periodEnd, timeZone: nominal.timeZone }
    : undefined;
  return { period: continuingPeriod(nominal, last), last };
}

/** The transitional period's length in days when `period` is one (announced in the header), else undefined. */
export async function transitionOf(
  store: Pick<Store, 'digestSchedules'>,
  teamId: string,
  period: ReportingPeriod,
): Promise<number | undefined> {
  const schedule = await store.digestSchedules.get(teamId);
  // A saved schedule carries every field of its rule.
  return schedule ? transitionalDays(period, schedule) : undefined;
}

/** A scheduled run with the period it will report, continuing from the team's latest digest. */
export async function continuingRun(
  store: Pick<Store, 'digestRuns'>,
  teamId: string,
  run: ScheduledRun,
): Promise<ScheduledRun> {
  const { period } = await periodAfterLastDigest(store, teamId, run.period);
  return { ...run, period: period ?? run.period };
}
