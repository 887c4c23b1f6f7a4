import { TZDate } from '@date-fns/tz';
import { millisecondsInDay } from 'date-fns/constants';
import { type CalendarRange, calendarDateIn, parseCalendarRange } from './calendar';
import { type ProblemReason, because } from './inputError';

/**
 * A period to look back over, as typed: `30d` or `6w` (calendar days ending today, in the team's
 * time zone) or calendar dates (`2026-11-01..2026-11-14`, `2026-11`, `2026-11-05`).
 */
export type LookbackSpec =
  | { kind: 'days'; days: number; count: number; unit: 'day' | 'week' }
  | { kind: 'dates'; range: CalendarRange };

/**
 * An instant range [start, end) a query filters `createdAt` by, and the period it was asked as, so
 * a reply can name it in a sentence: "in the last 30 days", "in 1 Nov 2026 – 14 Nov 2026".
 */
export type LookbackWindow = { start: Date; end: Date; period: LookbackSpec };

export type LookbackParse = { ok: true; spec: LookbackSpec } | { ok: false; reason: ProblemReason };

export const MAX_LOOKBACK_DAYS = 730;

/** True when the text is meant as a period (starts with a number), so other words can be told apart. */
export function looksLikePeriod(text: string): boolean {
  return /^\d/.test(text.trim());
}

export function parseLookbackPeriod(text: string): LookbackParse {
  const typed = text.trim();
  const relative = /^(\d{1,4})\s*([dw])$/i.exec(typed);
  if (relative?.[1] && relative[2]) {
    const count = Number.parseInt(relative[1], 10);
    const weeks = relative[2].toLowerCase() === 'w';
    const days = weeks ? count * 7 : count;
    if (count === 0 || days > MAX_LOOKBACK_DAYS) {
      return {
        ok: false,
        reason: because('problem.lookback.outOfRange', { typed, count: MAX_LOOKBACK_DAYS }),
      };
    }
    return { ok: true, spec: { kind: 'days', days, count, unit: weeks ? 'week' : 'day' } };
  }
  const dates = parseCalendarRange(typed);
  if (dates.ok) return { ok: true, spec: { kind: 'dates', range: dates.range } };
  return { ok: false, reason: because('problem.lookback.notAPeriod', { typed }) };
}

/** The midnight that starts a calendar date (stored as its UTC midnight) in `timeZone`. */
function midnightIn(calendarDate: Date, timeZone: string): Date {
  const local = new TZDate(
    calendarDate.getUTCFullYear(),
    calendarDate.getUTCMonth(),
    calendarDate.getUTCDate(),
    timeZone,
  );
  return new Date(local.getTime());
}

/** Resolves a period against `now`: `30d` is today and the 29 calendar days before it. */
export function lookbackWindow(spec: LookbackSpec, now: Date, timeZone: string): LookbackWindow {
  if (spec.kind === 'dates') {
    return {
      start: midnightIn(spec.range.start, timeZone),
      end: midnightIn(spec.range.end, timeZone),
      period: spec,
    };
  }
  // Calendar dates are UTC midnights, so whole days add exactly in milliseconds.
  const today = calendarDateIn(now, timeZone).getTime();
  return {
    start: midnightIn(new Date(today - (spec.days - 1) * millisecondsInDay), timeZone),
    end: midnightIn(new Date(today + millisecondsInDay), timeZone),
    period: spec,
  };
}
