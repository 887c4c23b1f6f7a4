import { type ProblemCode, type ProblemReason, because } from './inputError';

/**
 * Money as integer minor units of an ISO 4217 currency. Amounts are typed the way people write
 * them ("12000", "12 000,50", "12,000.50", "12.000,50"); anything that could mean two different
 * amounts is refused rather than guessed.
 */

/** The largest amount Tandem keeps: money columns are 64-bit, and amounts are exact JS numbers up to 2^53. */
export const MAX_MINOR_UNITS = 9_000_000_000_000_000;

const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Upper-cases a currency code and checks it is an ISO 4217 code; undefined when it is not. */
export function normalizeCurrency(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code) ? code : undefined;
}

/** Currency symbols and words people type after an amount, besides ISO codes. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  zł: 'PLN',
  zl: 'PLN',
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '₽': 'RUB',
  руб: 'RUB',
  'руб.': 'RUB',
  '₴': 'UAH',
  kč: 'CZK',
};

/** The currency a word after an amount names (`PLN`, `zł`, `€`); undefined for any other word. */
export function currencyOfWord(text: string): string | undefined {
  return normalizeCurrency(text) ?? CURRENCY_WORDS[text.trim().toLowerCase()];
}

/** Digits after the decimal separator: 2 for PLN and EUR, 0 for JPY, 3 for KWD. */
export function currencyMinorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export type MoneyParse = { ok: true; minor: number } | { ok: false; reason: ProblemReason };

// Spaces of every width and apostrophes (Swiss style) only ever group thousands.
const SPACE_GROUPS = /[\s\u00a0\u202f\u2009']+/;

function isThousandsGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && /^[1-9]\d{0,2}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
}

type Separators = { decimal?: ',' | '.'; ambiguous?: true };

/** Which of ',' and '.' separates the decimals; the other (and spaces) can only group thousands. */
function decimalSeparatorOf(typed: string, minorDigits: number): Separators {
  const lastComma = typed.lastIndexOf(',');
  const lastDot = typed.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) return { decimal: lastComma > lastDot ? ',' : '.' };
  const separator = lastComma !== -1 ? ',' : lastDot !== -1 ? '.' : undefined;
  if (separator === undefined) return {};
  if (typed.indexOf(separator) !== typed.lastIndexOf(separator)) return {};
  const before = typed.slice(0, typed.indexOf(separator));
  const after = typed.slice(typed.indexOf(separator) + 1);
  // "12,000" or "12.000" groups thousands, except in currencies with three decimals (KWD, BHD):
  // there "12.000" is written with a decimal point, as they print it, and "12,000" is ambiguous.
  const looksLikeGroup = /^\d{3}$/.test(after) && /^[1-9]\d{0,2}$/.test(before);
  if (!looksLikeGroup) return { decimal: separator };
  if (minorDigits !== 3) return {};
  return separator === '.' ? { decimal: '.' } : { ambiguous: true };
}

/** Reads an amount in `currency` into minor units, explaining what is wrong when it cannot. */
export function parseMoney(text: string, currency: string): MoneyParse {
  const typed = text.trim();
  const refuse = (code: ProblemCode, params: Record<string, string | number> = {}): MoneyParse => ({
    ok: false,
    reason: because(code, { typed, ...params }),
  });
  if (typed.startsWith('-')) return refuse('problem.money.negative');
  if (!/^[\d\s\u00a0\u202f\u2009',.]+$/.test(typed) || !/\d/.test(typed)) {
    return refuse('problem.money.notAnAmount');
  }
  const digits = currencyMinorDigits(currency);
  const separators = decimalSeparatorOf(typed, digits);
  if (separators.ambiguous) return refuse('problem.money.ambiguous', { currency });
  const cut = separators.decimal ? typed.lastIndexOf(separators.decimal) : typed.length;
  const integerText = typed.slice(0, cut).trim();
  const fraction = typed.slice(cut + 1).trim();
  if (!/^\d*$/.test(fraction)) return refuse('problem.money.groupsAfterDecimal');
  const groupSeparator =
    separators.decimal === ',' ? '.' : separators.decimal === '.' ? ',' : typed.includes('.') ? '.' : ',';
  const groups = integerText.split(SPACE_GROUPS).flatMap((part) => part.split(groupSeparator));
  if (groups.some((group) => !/^\d*$/.test(group))) return refuse('problem.money.mixedSeparators');
  if (groups.length > 1 && !isThousandsGrouping(groups)) return refuse('problem.money.oddGrouping');
  if (fraction.length > digits) {
    return digits === 0
      ? refuse('problem.money.noMinorUnits', { currency })
      : refuse('problem.money.tooManyDecimals', { currency, count: digits, decimals: fraction.length });
  }
  const minor = Number(groups.join('') || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor) || minor > MAX_MINOR_UNITS) {
    return {
      ok: false,
      reason: because('problem.money.tooLarge', { typed, max: { minor: MAX_MINOR_UNITS, currency } }),
    };
  }
  return { ok: true, minor };
}

/** An amount as a form field holds it: digits and a decimal point, which parseMoney reads back unchanged. */
export function moneyInputText(minor: number, currency: string): string {
  const digits = currencyMinorDigits(currency);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = minor % 10 ** digits;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(digits, '0')}`;
}

/** An amount for people: "PLN 12,000.50" in English; the locale decides the separators. */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const digits = currencyMinorDigits(currency);
  return (
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      // Russian readers expect "₽" for roubles; every other amount names its ISO code.
      currencyDisplay: currency === 'RUB' && /^ru\b/i.test(locale) ? 'narrowSymbol' : 'code',
      minimumFractionDigits: minor % 10 ** digits === 0 ? 0 : digits,
      maximumFractionDigits: digits,
    })
      .format(minor / 10 ** digits)
      // Every space in an amount is no-break, so Slack never wraps "12 345 PLN" or "PLN 12,345"
      // across two lines (narrow no-break spaces become plain no-break ones, which every font has).
      .replace(/[\s\u202f]/g, '\u00a0')
  );
}

export type PercentParse = { ok: true; value: number } | { ok: false; reason: ProblemReason };

/** A percentage from 0 to 100: "10%", "7.5", "7,5 %". */
export function parsePercent(text: string): PercentParse {
  const typed = text.trim();
  const match = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*%?$/.exec(typed);
  const value = match?.[1] ? Number(match[1].replace(',', '.')) : Number.NaN;
  if (Number.isNaN(value) || value > 100) {
    return { ok: false, reason: because('problem.percent.invalid', { typed }) };
  }
  return { ok: true, value };
}
