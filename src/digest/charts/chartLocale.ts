import type { Translator } from '../../i18n/translator';

/**
 * How a chart writes its numbers: in the digest's locale, so axis ticks read "1 200" and "12 000 PLN"
 * in a Polish digest, as its text does (Chart.js formats ticks with Intl in `options.locale`).
 */
export function chartLocale(t: Translator): { locale: string } {
  return { locale: t.locale };
}

/** Ticks of an axis of percentages 0–100: "50%" / "50 %", as the locale writes them. */
export const PERCENT_TICKS = {
  format: { style: 'unit', unit: 'percent', maximumFractionDigits: 0 },
} as const;

/** Ticks of an axis of money in whole units of `currency`: "12 000 PLN", "12 000 ₽" in Russian. */
export function moneyTicks(t: Translator, currency: string) {
  return {
    format: {
      style: 'currency',
      currency,
      currencyDisplay: t.language === 'ru' && currency === 'RUB' ? 'narrowSymbol' : 'code',
      maximumFractionDigits: 0,
    },
  } as const;
}
