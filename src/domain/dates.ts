import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';

/** A calendar day in the team's time zone, e.g. "23 Nov 2026". */
export function formatDay(date: Date, timeZone: string): string {
  return format(new TZDate(date, timeZone), 'd MMM yyyy');
}

/** "today", "yesterday" or "5d ago", counted in calendar days of the team's time zone. */
export function formatAge(date: Date, now: Date, timeZone: string): string {
  const days = differenceInCalendarDays(new TZDate(now, timeZone), new TZDate(date, timeZone));
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days}d ago`;
}
