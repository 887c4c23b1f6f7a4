import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { millisecondsInDay } from 'date-fns/constants';
import type { Translator } from '../i18n/translation';
import type { CalendarRange } from './calendar';

/** A calendar day in the team's time zone, in the reader's language: "23 Nov 2026", "23 lis 2026". */
export function formatDay(date: Date, timeZone: string, t: Translator): string {
  return t.date(date, 'd MMM yyyy', timeZone);
}

/** A day and the time on it in `timeZone`, for timelines where the hour matters: "23 Nov 2026 14:05". */
export function formatDayTime(instant: Date, timeZone: string, t: Translator): string {
  return t.date(instant, 'd MMM yyyy HH:mm', timeZone);
}

/** A stored calendar date (a UTC midnight), the same in every time zone: "15 Dec 2026". */
export function formatCalendarDay(date: Date, t: Translator): string {
  return t.date(date, 'd MMM yyyy', 'UTC');
}

/** A range of calendar dates (the end is exclusive): "1 Nov 2026 – 14 Nov 2026", or one day. */
export function formatCalendarPeriod(range: CalendarRange, t: Translator): string {
  const last = new Date(range.end.getTime() - millisecondsInDay);
  const first = formatCalendarDay(range.start, t);
  return last.getTime() <= range.start.getTime() ? first : `${first} – ${formatCalendarDay(last, t)}`;
}

/** "today", "yesterday" or "5d ago" in the reader's language, counted in calendar days of the team's time zone. */
export function formatAge(date: Date, now: Date, timeZone: string, t: Translator): string {
  const days = differenceInCalendarDays(new TZDate(now, timeZone), new TZDate(date, timeZone));
  if (days <= 0) return t.t('dates.today');
  if (days === 1) return t.t('dates.yesterday');
  return t.t('dates.daysAgo', { count: days });
}
