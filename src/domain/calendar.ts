import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import { millisecondsInDay } from 'date-fns/constants';
import { type ProblemReason, because } from './inputError';

/**
 * Calendar dates (not instants) as Tandem stores them: the UTC midnight of the date. Spend periods
 * are half-open ranges of such dates, [start, end).
 */
export type CalendarRange = { start: Date; end: Date };

/** `2026-11-05` → the UTC midnight of that date; undefined for anything else, including 2026-02-30. */
export function parseIsoDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/** The calendar date an instant falls on in `timeZone`, as its UTC midnight. */
export function calendarDateIn(instant: Date, timeZone: string): Date {
  const local = new TZDate(instant, timeZone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** Whole days between two calendar dates (UTC midnights). */
export function daysBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / millisecondsInDay);
}

/** Whole calendar days between two instants, counted in `timeZone` ("days in stage"). */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  return differenceInCalendarDays(new TZDate(to, timeZone), new TZDate(from, timeZone));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1–14 Nov 2026" style label of a range of calendar dates (the end is exclusive). */
export function formatCalendarRange(range: CalendarRange): string {
  const last = new Date(range.end.getTime() - millisecondsInDay);
  const utc = (date: Date) => new TZDate(date, 'UTC');
  if (daysBetween(range.start, range.end) === 1) return format(utc(range.start), 'd MMM yyyy');
  return `${format(utc(range.start), 'd MMM yyyy')} – ${format(utc(last), 'd MMM yyyy')}`;
}

export type RangeParse = { ok: true; range: CalendarRange } | { ok: false; reason: ProblemReason };

export const MAX_RANGE_DAYS = 366;

/**
 * Reads a period of calendar dates: `2026-11-01..2026-11-14` (both days included), a month
 * `2026-11`, or one day `2026-11-05`.
 */
/**
 * The years a period may fall in: every engine stores them (PostgreSQL refuses a timestamp in year
 * 10000, which the end of 9999-12-31 is), and no sales record is older or further ahead.
 */
export const YEARS_KEPT = { first: 1970, last: 2999 } as const;

export function parseCalendarRange(text: string): RangeParse {
  const typed = text.trim();
  const month = /^(\d{4})-(\d{2})$/.exec(typed);
  if (month) {
    const start = parseIsoDate(`${month[1]}-${month[2]}-01`);
    if (!start) return { ok: false, reason: because('problem.range.notAMonth', { typed }) };
    return { ok: true, range: { start, end: addMonthsUtc(start, 1) } };
  }
  const [firstText = '', lastText, ...extra] = typed.split(/\.\.|…/);
  const first = parseIsoDate(firstText);
  const last = lastText === undefined ? first : parseIsoDate(lastText);
  if (extra.length > 0 || !first || !last) {
    return { ok: false, reason: because('problem.range.notAPeriod', { typed }) };
  }
  if (last < first) return { ok: false, reason: because('problem.range.endsBeforeStart', { typed }) };
  const range = { start: first, end: addDaysUtc(last, 1) };
  if (first.getUTCFullYear() < YEARS_KEPT.first || last.getUTCFullYear() > YEARS_KEPT.last) {
    return {
      ok: false,
      reason: because('problem.range.outsideYears', {
        typed,
        first: String(YEARS_KEPT.first),
        last: String(YEARS_KEPT.last),
      }),
    };
  }
  if (daysBetween(range.start, range.end) > MAX_RANGE_DAYS) {
    return { ok: false, reason: because('problem.range.tooLong', { typed, count: MAX_RANGE_DAYS }) };
  }
  return { ok: true, range };
}

/** The calendar month containing `date` (a UTC midnight). */
export function monthOf(date: Date): CalendarRange {
  const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  return { start, end: addMonthsUtc(start, 1) };
}

function addDaysUtc(date: Date, days: number): Date {
  return new Date(addDays(new TZDate(date, 'UTC'), days).getTime());
}

function addMonthsUtc(date: Date, months: number): Date {
  return new Date(addMonths(new TZDate(date, 'UTC'), months).getTime());
}
