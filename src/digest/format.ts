import type { Comparison, ReportingPeriod } from '../domain/digestFigures';
import { changeVerdict, type Polarity } from '../domain/kpiPolarity';
import { compareFigures } from '../domain/kpis';
import { currencyMinorDigits } from '../domain/money';
import type { PlanProgress } from '../domain/planProgress';
import { formatPeriod as formatPeriodRange } from '../domain/periods';
import { dateLocaleOf } from '../i18n/locales';
import { dateInText, type Translator } from '../i18n/translator';

/**
 * How digest text is written for one team: its language (catalog text, numbers and dates), the
 * time zone its periods are cut in and its currency.
 */
export type DigestFormat = { t: Translator; timeZone: string; currency: string };

/** "9–22 Nov 2026", "9–22 lis 2026": the period's first and last calendar day, in the translator's language. */
export function formatPeriod(period: ReportingPeriod, t: Translator): string {
  return dateInText(t.language, 'd MMM', formatPeriodRange(period, dateLocaleOf(t.locale)));
}

/** "2 Nov": a short label of a period's first day, for chart axes. */
export function formatPeriodStart(period: ReportingPeriod, t: Translator): string {
  return t.date(period.start, 'd MMM', period.timeZone);
}

/** "23 Nov 2026, 09:00" in the given zone. */
export function formatDateTime(instant: Date, timeZone: string, t: Translator): string {
  return t.date(instant, 'd MMM yyyy, HH:mm', timeZone);
}

/** Money rounded to whole units, as a digest reads best ("EUR 12,340", "12 340 PLN"). */
export function formatAmount(minor: number, style: DigestFormat): string {
  const unit = 10 ** currencyMinorDigits(style.currency);
  return style.t.money(Math.round(minor / unit) * unit, style.currency);
}

/** Minor units as major units, e.g. for chart data: 1234567 EUR cents → 12345.67. */
export function toMajorUnits(minor: number, currency: string): number {
  const unit = 10 ** currencyMinorDigits(currency);
  return Math.round((minor / unit) * 100) / 100;
}

/** The kind of number a KPI is, which decides how it and its change are written. */
export type FigureKind = 'count' | 'money' | 'percent' | 'days';

/** A figure as the digest shows it; no value (nothing to divide by) is the catalog's "n/a". */
export function formatFigure(value: number | null, kind: FigureKind, style: DigestFormat): string {
  const { t } = style;
  if (value === null) return t.t('common.notAvailable');
  switch (kind) {
    case 'count':
      return t.number(value);
    case 'money':
      return formatAmount(value, style);
    case 'percent':
      return t.percent(value);
    case 'days':
      return t.t('common.daysShort', { value: t.number(value), count: value });
  }
}

/** "+12", "−3": the sign in front, with a true minus sign. */
export function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^-/, '')}` : text;
}

/**
 * ":large_green_circle: better" / ":red_circle: worse" by the figure's polarity: the colour for a
 * glance, the word for readers who do not see it; nothing for a neutral figure or no change.
 */
/** "96 % of plan (60) :large_green_circle: on track"; a neutral figure (spend) gets no mark. */
export function planProgressText(progress: PlanProgress, kind: FigureKind, style: DigestFormat): string {
  const { t } = style;
  const text = t.t('plan.digest.progress', {
    percent: t.percent(Math.round(progress.percentOfPlan), 0),
    plan: formatFigure(progress.plan, kind, style),
  });
  if (progress.onTrack === null) return text;
  return progress.onTrack
    ? `${text} :large_green_circle: ${t.t('plan.digest.onTrack')}`
    : `${text} :red_circle: ${t.t('plan.digest.offTrack')}`;
}

export function verdictMark(comparison: Comparison, polarity: Polarity | undefined, t: Translator): string {
  if (!polarity) return '';
  const verdict = changeVerdict(comparison, polarity);
  if (verdict === 'better') return `:large_green_circle: ${t.t('digest.story.better')}`;
  if (verdict === 'worse') return `:red_circle: ${t.t('digest.story.worse')}`;
  return '';
}

/**
 * "↑ +12 (+25 %)", "↓ −3 (−10 %)", "→ no change", or "n/a" when either period has no value, then
 * with a polarity whether that is better or worse ("↑ +600 (+20 %) :red_circle: worse" for CPL).
 * Percentage points are written "pp" so a change of a rate is not mistaken for a relative one.
 */
export function formatChange(
  comparison: Comparison,
  kind: FigureKind,
  style: DigestFormat,
  polarity?: Polarity,
): string {
  const change = formatPlainChange(comparison, kind, style);
  const mark = verdictMark(comparison, polarity, style.t);
  return mark ? `${change} ${mark}` : change;
}

function formatPlainChange(comparison: Comparison, kind: FigureKind, style: DigestFormat): string {
  const { t } = style;
  const change = compareFigures(comparison);
  if (change.absolute === null) return t.t('common.notAvailable');
  if (change.absolute === 0) return `→ ${t.t('common.noChange')}`;
  const arrow = change.absolute > 0 ? '↑' : '↓';
  const magnitude = Math.abs(change.absolute);
  const absolute =
    kind === 'percent'
      ? t.t('common.percentagePoints', { value: t.number(magnitude) })
      : formatFigure(magnitude, kind, style);
  const relative =
    kind === 'percent' || change.percent === null
      ? ''
      : ` (${signed(t.percent(Math.abs(change.percent)), change.percent)})`;
  return `${arrow} ${signed(absolute, change.absolute)}${relative}`;
}
