import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { millisecondsInDay } from 'date-fns/constants';
import { type CalendarRange, calendarDateIn, daysBetween, isoDate, parseIsoDate } from './calendar';
import type { ReportingPeriod } from './digestFigures';
import { type Parsed, type ProblemCode, problem, because } from './inputError';

/**
 * Reporting periods: half-open [start, end) between midnights of the team's time zone
 * (docs/METRICS.md → Periods). Arithmetic is done on calendar dates (UTC midnights, where a day is
 * always 24 h) and only then turned into instants, so a period across a DST change still starts
 * and ends at local midnight.
 */

/** Periods of `everyWeeks` weeks, one of which starts on `anchorDate` (YYYY-MM-DD). */
export type ReportingCadence = { everyWeeks: number; anchorDate: string };

/** Every two weeks, aligned to Monday 1 January 2024. */
export const DEFAULT_CADENCE: ReportingCadence = { everyWeeks: 2, anchorDate: '2024-01-01' };

export const MAX_PERIOD_DAYS = 366;
export const PERIOD_EXAMPLE = '2026-11-01..2026-11-14';

function addDays(calendarDate: Date, days: number): Date {
  return new Date(calendarDate.getTime() + days * millisecondsInDay);
}

/** The instant a calendar date starts in `timeZone` (01:00 where DST skips midnight). */
function midnightIn(calendarDate: Date, timeZone: string): Date {
  const local = new TZDate(
    calendarDate.getUTCFullYear(),
    calendarDate.getUTCMonth(),
    calendarDate.getUTCDate(),
    timeZone,
  );
  return new Date(local.getTime());
}

/** The period covering the calendar dates [range.start, range.end) in `timeZone`. */
export function periodOfDates(range: CalendarRange, timeZone: string): ReportingPeriod {
  return { start: midnightIn(range.start, timeZone), end: midnightIn(range.end, timeZone), timeZone };
}

/** The calendar dates a period covers, [first day, day after the last), as UTC midnights. */
export function periodDates(period: ReportingPeriod): CalendarRange {
  return {
    start: calendarDateIn(period.start, period.timeZone),
    end: calendarDateIn(period.end, period.timeZone),
  };
}

/** How many calendar days a period covers. */
export function periodLengthDays(period: ReportingPeriod): number {
  const dates = periodDates(period);
  return daysBetween(dates.start, dates.end);
}

function cadenceAnchor(cadence: ReportingCadence): Date {
  const anchor = parseIsoDate(cadence.anchorDate);
  if (!anchor || !Number.isInteger(cadence.everyWeeks) || cadence.everyWeeks < 1) {
    throw new RangeError(`Invalid reporting cadence ${JSON.stringify(cadence)}`);
  }
  return anchor;
}

/** The cadence's period with start ≤ moment < end. */
export function periodContaining(
  moment: Date,
  timeZone: string,
  cadence: ReportingCadence = DEFAULT_CADENCE,
): ReportingPeriod {
  const anchor = cadenceAnchor(cadence);
  const length = cadence.everyWeeks * 7;
  const index = Math.floor(daysBetween(anchor, calendarDateIn(moment, timeZone)) / length);
  const start = addDays(anchor, index * length);
  return periodOfDates({ start, end: addDays(start, length) }, timeZone);
}

/**
 * The latest of the cadence's periods that has ended by `moment` (end ≤ moment): what a digest
 * posted at `moment` reports. At exactly a period boundary it is the period ending there.
 */
export function periodEndedBy(
  moment: Date,
  timeZone: string,
  cadence: ReportingCadence = DEFAULT_CADENCE,
): ReportingPeriod {
  return previousPeriod(periodContaining(moment, timeZone, cadence));
}

/**
 * The period a digest reports when `lastReported` is the latest period already reported (posted or
 * being posted): the cadence's `nominal` period, but started where the last one ended when that
 * is inside it or less than one cadence length before it (a schedule change moved the cadence),
 * so periods neither overlap nor leave a gap: one transitional period, shorter or longer. After a
 * longer pause the nominal period starts afresh. Undefined when the last one already reaches the
 * nominal end (nothing new has ended).
 */
export function continuingPeriod(
  nominal: ReportingPeriod,
  lastReported: { start: Date; end: Date } | undefined,
): ReportingPeriod | undefined {
  if (!lastReported) return nominal;
  const lastEnd = lastReported.end.getTime();
  if (lastEnd >= nominal.end.getTime()) return undefined;
  const length = nominal.end.getTime() - nominal.start.getTime();
  if (lastEnd === nominal.start.getTime() || lastEnd < nominal.start.getTime() - length) return nominal;
  return { start: lastReported.end, end: nominal.end, timeZone: nominal.timeZone };
}

/** The equally long window just before: the same number of calendar days, ending at its start. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  const dates = periodDates(period);
  const length = daysBetween(dates.start, dates.end);
  return periodOfDates({ start: addDays(dates.start, -length), end: dates.start }, period.timeZone);
}

/** `count` equally long periods ending with `period`, oldest first. */
export function lastPeriods(period: ReportingPeriod, count: number): ReportingPeriod[] {
  const periods = [period];
  while (periods.length < count) periods.unshift(previousPeriod(periods[0] ?? period));
  return periods;
}

/** The same calendar days counted back `weeks` weeks from the period's end: the funnel cohort window. */
export function trailingWeeks(period: ReportingPeriod, weeks: number): ReportingPeriod {
  const end = periodDates(period).end;
  return periodOfDates({ start: addDays(end, -weeks * 7), end }, period.timeZone);
}

/**
 * Reads `2026-11-01..2026-11-14`: both days included, so the period is
 * [1 Nov 00:00, 15 Nov 00:00) in `timeZone`.
 */
export function parsePeriod(text: string, timeZone: string): Parsed<ReportingPeriod> {
  const typed = text.trim();
  const refuse = (code: ProblemCode, params: Record<string, string | number>): Parsed<ReportingPeriod> => ({
    ok: false,
    problems: [problem('period', because(code, params), PERIOD_EXAMPLE)],
  });
  const match = /^(\S+?)\s*(?:\.\.|…)\s*(\S+)$/.exec(typed);
  if (!match?.[1] || !match[2]) return refuse('problem.period.notAPeriod', { typed });
  const first = parseIsoDate(match[1]);
  if (!first) return refuse('problem.date.notIsoDate', { typed: match[1] });
  const last = parseIsoDate(match[2]);
  if (!last) return refuse('problem.date.notIsoDate', { typed: match[2] });
  if (last < first) return refuse('problem.range.endsBeforeStart', { typed });
  const end = addDays(last, 1);
  if (daysBetween(first, end) > MAX_PERIOD_DAYS) {
    return refuse('problem.period.tooLong', { typed, count: MAX_PERIOD_DAYS });
  }
  return { ok: true, value: periodOfDates({ start: first, end }, timeZone) };
}

/** The form `parsePeriod` reads: `2026-11-01..2026-11-14`. */
export function formatPeriodRange(period: ReportingPeriod): string {
  const dates = periodDates(period);
  return `${isoDate(dates.start)}..${isoDate(addDays(dates.end, -1))}`;
}

/** "1–14 Nov 2026", "26 Oct – 8 Nov 2026", "28 Dec 2026 – 10 Jan 2027", or "5 Nov 2026" for one day. */
export function formatPeriod(period: ReportingPeriod, locale?: Locale): string {
  const dates = periodDates(period);
  const first = new TZDate(dates.start, 'UTC');
  const last = new TZDate(addDays(dates.end, -1).getTime(), 'UTC');
  const options = locale ? { locale } : {};
  const full = (date: Date) => format(date, 'd MMM yyyy', options);
  if (first.getTime() >= last.getTime()) return full(first);
  if (first.getFullYear() !== last.getFullYear()) return `${full(first)} – ${full(last)}`;
  if (first.getMonth() !== last.getMonth()) return `${format(first, 'd MMM', options)} – ${full(last)}`;
  return `${format(first, 'd', options)}–${full(last)}`;
}
