import { TZDate } from '@date-fns/tz';
import { millisecondsInDay } from 'date-fns/constants';
import { calendarDateIn, daysBetween, isoDate, parseIsoDate } from './calendar';
import type { ReportingPeriod } from './digestFigures';
import { periodDates, periodOfDates, type ReportingCadence } from './periods';

/** When a team's digest is posted: ISO weekday (1 = Monday), wall-clock time and zone, every N weeks. */
export type DigestScheduleRule = {
  weekday: number;
  /** "HH:mm" */
  time: string;
  timeZone: string;
  cadenceWeeks: number;
  /** The first run's date, YYYY-MM-DD in `timeZone`; runs fall every `cadenceWeeks` weeks after it. */
  anchorDate: string;
};

export const DEFAULT_SCHEDULE = { weekday: 1, time: '09:00', cadenceWeeks: 2 } as const;
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const CADENCE_CHOICES = [1, 2, 3, 4] as const;

/** One scheduled digest: when it is posted and the period it reports (the weeks up to its day). */
export type ScheduledRun = { at: Date; date: Date; period: ReportingPeriod };

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * millisecondsInDay);
}

function timeParts(time: string): { hours: number; minutes: number } {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return { hours: Number(match?.[1] ?? 0), minutes: Number(match?.[2] ?? 0) };
}

/** The instant of `time` on a calendar date in `timeZone`; a time that DST skips moves forward with the clock. */
export function wallClockInstant(date: Date, time: string, timeZone: string): Date {
  const { hours, minutes } = timeParts(time);
  const local = new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    hours,
    minutes,
    timeZone,
  );
  return new Date(local.getTime());
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

export function cadenceOf(rule: DigestScheduleRule): ReportingCadence {
  return { everyWeeks: rule.cadenceWeeks, anchorDate: rule.anchorDate };
}

function runOn(rule: DigestScheduleRule, date: Date): ScheduledRun {
  const length = rule.cadenceWeeks * 7;
  return {
    at: wallClockInstant(date, rule.time, rule.timeZone),
    date,
    period: periodOfDates({ start: addDays(date, -length), end: date }, rule.timeZone),
  };
}

function anchorOf(rule: DigestScheduleRule): Date {
  const anchor = parseIsoDate(rule.anchorDate);
  if (!anchor) throw new RangeError(`Invalid schedule anchor date ${rule.anchorDate}`);
  return anchor;
}

/** The index of the last run date on or before `now`'s calendar date; negative before the first. */
function runIndexOnOrBefore(rule: DigestScheduleRule, now: Date): number {
  const length = rule.cadenceWeeks * 7;
  return Math.floor(daysBetween(anchorOf(rule), calendarDateIn(now, rule.timeZone)) / length);
}

/** The latest run whose time has come (at ≤ now); undefined before the first one. */
export function latestRunDue(rule: DigestScheduleRule, now: Date): ScheduledRun | undefined {
  const length = rule.cadenceWeeks * 7;
  const index = runIndexOnOrBefore(rule, now);
  if (index < 0) return undefined;
  const run = runOn(rule, addDays(anchorOf(rule), index * length));
  if (run.at.getTime() <= now.getTime()) return run;
  return index === 0 ? undefined : runOn(rule, addDays(anchorOf(rule), (index - 1) * length));
}

/** The first run after `now`. */
export function nextRun(rule: DigestScheduleRule, now: Date): ScheduledRun {
  const length = rule.cadenceWeeks * 7;
  let index = Math.max(0, runIndexOnOrBefore(rule, now));
  for (;;) {
    const run = runOn(rule, addDays(anchorOf(rule), index * length));
    if (run.at.getTime() > now.getTime()) return run;
    index += 1;
  }
}

/**
 * How many days a period has when it ends on one of the schedule's run dates but is not a whole
 * cadence long: the transitional period after a schedule change (`continuingPeriod`), which the
 * schedule's answers and the digest's header announce. Undefined for any other period.
 */
export function transitionalDays(period: ReportingPeriod, rule: DigestScheduleRule): number | undefined {
  const length = rule.cadenceWeeks * 7;
  const dates = periodDates(period);
  const days = daysBetween(dates.start, dates.end);
  const endsOnRun = daysBetween(anchorOf(rule), dates.end) % length === 0;
  return endsOnRun && days !== length ? days : undefined;
}

/** The pre-digest reminder goes out at the same wall-clock time on the day before the run. */
export function reminderInstant(rule: DigestScheduleRule, run: ScheduledRun): Date {
  return wallClockInstant(addDays(run.date, -1), rule.time, rule.timeZone);
}

/**
 * The first run date for a schedule saved at `now`: the next date with the chosen weekday whose
 * run time is still ahead (today when it is that weekday and the time has not passed).
 */
export function firstRunDate(weekday: number, time: string, timeZone: string, now: Date): string {
  const today = calendarDateIn(now, timeZone);
  for (let offset = 0; offset <= 7; offset += 1) {
    const date = addDays(today, offset);
    if (isoWeekday(date) === weekday && wallClockInstant(date, time, timeZone).getTime() > now.getTime()) {
      return isoDate(date);
    }
  }
  return isoDate(addDays(today, 7));
}
