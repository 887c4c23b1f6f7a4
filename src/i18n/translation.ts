import type { MessageKey } from './catalog';
import type { Language } from './locales';
import type { MessageParams } from './message';

/**
 * Everything a surface needs to speak one locale: catalog text, plurals, numbers, money and dates.
 * Builders take one as a parameter; the Slack edge makes it from the user's or the team's locale.
 * Only the type lives here, below the domain (whose formatters take one); translator.ts makes them.
 */
export type Translator = {
  readonly language: Language;
  /** The BCP 47 locale numbers and dates are written in ("pl-PL", "en-US"). */
  readonly locale: string;
  /** The message for a key; a plural message picks its form by `params.count`. */
  t(key: MessageKey, params?: MessageParams): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** Integer minor units of an ISO 4217 currency, with the currency's own number of decimals. */
  money(minor: number, currency: string): string;
  /** A percentage (10 = 10 %) with the language's spacing: "12.5 %", "12,5%", "12,5 %". */
  percent(value: number, maximumFractionDigits?: number): string;
  /** A date-fns pattern ("d MMM yyyy") in the locale's month names, in a time zone when given. */
  date(instant: Date, pattern: string, timeZone?: string): string;
  /** "A, B and C" / "A, B i C" / "A, B и C". */
  list(items: readonly string[]): string;
};
