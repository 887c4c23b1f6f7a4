import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { de, enGB, enUS, es, fr, it, nl, pl, pt } from 'date-fns/locale';
import type { Comparison, ReportingPeriod } from '../domain/digestFigures';
import { compareFigures } from '../domain/kpis';
import { currencyMinorDigits, formatMoney } from '../domain/money';
import { formatPeriod as formatPeriodRange } from '../domain/periods';

/** How digest text shows numbers and dates for one team: its locale, time zone and currency. */
export type DigestFormat = { locale: string; timeZone: string; currency: string };

const DATE_LOCALES: Record<string, Locale> = {
  en: enGB,
  'en-GB': enGB,
  'en-US': enUS,
  de,
  es,
  fr,
  it,
  nl,
  pl,
  pt,
};

/** The date-fns locale of a team locale ("pl", "en-US"); British English when none matches. */
export function dateLocaleFor(locale: string): Locale {
  return DATE_LOCALES[locale] ?? DATE_LOCALES[locale.split('-')[0] ?? ''] ?? enGB;
}

/** "9–22 Nov 2026": the period's first and last calendar day, in the team's language. */
export function formatPeriod(period: ReportingPeriod, locale: string): string {
  return formatPeriodRange(period, dateLocaleFor(locale));
}

/** "2 Nov": a short label of a period's first day, for chart axes. */
export function formatPeriodStart(period: ReportingPeriod, locale: string): string {
  return format(new TZDate(period.start, period.timeZone), 'd MMM', { locale: dateLocaleFor(locale) });
}

/** "23 Nov 2026, 09:00" in the team's zone. */
export function formatDateTime(instant: Date, timeZone: string, locale: string): string {
  return format(new TZDate(instant, timeZone), 'd MMM yyyy, HH:mm', { locale: dateLocaleFor(locale) });
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(value: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} %`;
}

/** Money rounded to whole units, as a digest reads best ("EUR 12,340"). */
export function formatAmount(minor: number, style: DigestFormat): string {
  const unit = 10 ** currencyMinorDigits(style.currency);
  return formatMoney(Math.round(minor / unit) * unit, style.currency, style.locale);
}

/** Minor units as major units, e.g. for chart data: 1234567 EUR cents → 12345.67. */
export function toMajorUnits(minor: number, currency: string): number {
  const unit = 10 ** currencyMinorDigits(currency);
  return Math.round((minor / unit) * 100) / 100;
}

/** The kind of number a KPI is, which decides how it and its change are written. */
export type FigureKind = 'count' | 'money' | 'percent' | 'days';

export function formatFigure(value: number | null, kind: FigureKind, style: DigestFormat): string {
  if (value === null) return 'n/a';
  switch (kind) {
    case 'count':
      return formatCount(value, style.locale);
    case 'money':
      return formatAmount(value, style);
    case 'percent':
      return formatPercent(value, style.locale);
    case 'days':
      return `${formatCount(value, style.locale)} d`;
  }
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^-/, '')}` : text;
}

/**
 * "↑ +12 (+25 %)", "↓ −3 (−10 %)", "→ no change", or "n/a" when either period has no value.
 * Percentage points are written "pp" so a change of a rate is not mistaken for a relative one.
 */
export function formatChange(comparison: Comparison, kind: FigureKind, style: DigestFormat): string {
  const change = compareFigures(comparison);
  if (change.absolute === null) return 'n/a';
  if (change.absolute === 0) return '→ no change';
  const arrow = change.absolute > 0 ? '↑' : '↓';
  const magnitude = Math.abs(change.absolute);
  const absolute =
    kind === 'percent' ? `${formatCount(magnitude, style.locale)} pp` : formatFigure(magnitude, kind, style);
  const relative =
    kind === 'percent' || change.percent === null
      ? ''
      : ` (${signed(formatPercent(Math.abs(change.percent), style.locale), change.percent)})`;
  return `${arrow} ${signed(absolute, change.absolute)}${relative}`;
}
