import { TZDate } from '@date-fns/tz';
import { isoDate, parseIsoDate } from '../calendar';
import { normalizeCurrency } from '../money';

/** How CRM exports write dates and amounts, read into what the domain validators take. */

export type InstantParse = { ok: true; at: Date } | { ok: false; message: string };

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const DOTTED_DATE_TIME = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASHED_DATE_TIME =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?$/i;

export const INSTANT_EXAMPLE = '2026-11-05, 2026-11-05 14:30 or 05.11.2026';

/** Which comes first in a slashed date: "5/27/2026" is month first (US), "27/05/2026" day first. */
export type DayMonthOrder = 'mdy' | 'dmy';
export const DAY_MONTH_ORDERS: readonly DayMonthOrder[] = ['mdy', 'dmy'];

/**
 * The order a file's slashed dates are in, when they tell: a first number above 12 is a day, a
 * second one above 12 is too. Undefined when none tells; 'mixed' when they disagree.
 */
export function detectDayMonthOrder(texts: Iterable<string>): DayMonthOrder | 'mixed' | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const slashed = SLASHED_DATE_TIME.exec(text.trim());
    if (!slashed) continue;
    if (Number(slashed[1]) > 12) dayFirst = true;
    if (Number(slashed[2]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'mixed';
  return dayFirst ? 'dmy' : monthFirst ? 'mdy' : undefined;
}

/** True for a slashed date, whose day and month need an order to be read. */
export function isSlashedDate(text: string): boolean {
  return SLASHED_DATE_TIME.test(text.trim());
}

/**
 * "5/27/2026 4:05 PM" as "2026-05-27 16:05:00", read in `order`; any other text as it is. Dates
 * are rewritten before rows are read, so every reader takes one form.
 */
export function isoFromSlashedDate(text: string, order: DayMonthOrder): string {
  const slashed = SLASHED_DATE_TIME.exec(text.trim());
  if (!slashed?.[1] || !slashed[2] || !slashed[3]) return text;
  const [day, month] = order === 'dmy' ? [slashed[1], slashed[2]] : [slashed[2], slashed[1]];
  let hours = Number(slashed[4] ?? 0);
  const meridiem = slashed[7]?.toUpperCase().replace(/\./g, '');
  if (meridiem === 'PM' && hours < 12) hours += 12;
  if (meridiem === 'AM' && hours === 12) hours = 0;
  const time = `${pad(hours)}:${slashed[5] ?? '00'}:${slashed[6] ?? '00'}`;
  return `${slashed[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')} ${time}`;
}

/** What CRMs write in a cell that has no value: "—", "n/a", amoCRM's "не закрыта". */
const EMPTY_WORDS = new Set(
  [
    '-',
    '—',
    '–',
    'n/a',
    'na',
    'null',
    'none',
    '(none)',
    '(no value)',
    'brak',
    'nie dotyczy',
    'не закрыта',
    'не закрыто',
    'не указано',
    'не указан',
    'не задано',
    'нет данных',
  ].map((word) => word.toLowerCase()),
);

export function isEmptyLike(text: string): boolean {
  return EMPTY_WORDS.has(text.trim().toLowerCase());
}

/** The ISO date text of "2026-11-05", "2026-11-05 00:00:00" or "05.11.2026"; undefined for anything else. */
function dateAndTime(
  text: string,
): { date: string; hours: number; minutes: number; seconds: number; offset?: string } | undefined {
  const iso = ISO_DATE_TIME.exec(text);
  if (iso?.[1]) {
    return {
      date: iso[1],
      hours: Number(iso[2] ?? 0),
      minutes: Number(iso[3] ?? 0),
      seconds: Number(iso[4] ?? 0),
      ...(iso[5] ? { offset: iso[5] } : {}),
    };
  }
  const dotted = DOTTED_DATE_TIME.exec(text);
  if (dotted?.[1] && dotted[2] && dotted[3]) {
    return {
      date: `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`,
      hours: Number(dotted[4] ?? 0),
      minutes: Number(dotted[5] ?? 0),
      seconds: Number(dotted[6] ?? 0),
    };
  }
  return undefined;
}

/**
 * When something happened: a date (its midnight in `timeZone`), a date and time in `timeZone`, or
 * an ISO timestamp with its own offset. Day-first dates with dots are Polish and Russian usage;
 * slashed dates are refused because 05/11 means May or November depending on who wrote it.
 */
export function parseImportInstant(text: string, timeZone: string, now: Date): InstantParse {
  const parts = dateAndTime(text.trim());
  const date = parts ? parseIsoDate(parts.date) : undefined;
  if (!parts || !date || parts.hours > 23 || parts.minutes > 59 || parts.seconds > 59) {
    return { ok: false, message: `“${text}” is not a date; write ${INSTANT_EXAMPLE}` };
  }
  const at = parts.offset
    ? new Date(
        `${parts.date}T${pad(parts.hours)}:${pad(parts.minutes)}:${pad(parts.seconds)}${normalizeOffset(parts.offset)}`,
      )
    : new Date(
        new TZDate(
          date.getUTCFullYear(),
          date.getUTCMonth(),
          date.getUTCDate(),
          parts.hours,
          parts.minutes,
          parts.seconds,
          0,
          timeZone,
        ).getTime(),
      );
  if (Number.isNaN(at.getTime()))
    return { ok: false, message: `“${text}” is not a date; write ${INSTANT_EXAMPLE}` };
  if (at > now) return { ok: false, message: `“${text}” is in the future` };
  return { ok: true, at };
}

/**
 * A calendar date as the domain validators read it (YYYY-MM-DD), from "05.11.2026" or a local
 * date and time; other text is returned as it is, so the validator explains what is wrong with it.
 */
export function calendarDateText(text: string): string {
  const parts = dateAndTime(text.trim());
  const date = parts ? parseIsoDate(parts.date) : undefined;
  // A time on a calendar date (HubSpot's close dates have one) says nothing more about the day.
  if (!parts || !date || parts.offset) return text;
  return isoDate(date);
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  zł: 'PLN',
  zl: 'PLN',
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  руб: 'RUB',
  'руб.': 'RUB',
  '₴': 'UAH',
  $: 'USD',
  'р.': 'RUB',
};

/** Currency names as CRMs write them ("Российский рубль", "Euro", "złoty polski") → ISO code. */
const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map(
  ['en', 'ru', 'pl'].flatMap((language) => {
    const names = new Intl.DisplayNames([language], { type: 'currency' });
    return Intl.supportedValuesOf('currency').map(
      (code) => [(names.of(code) ?? code).toLowerCase(), code] as const,
    );
  }),
);

/** An ISO currency code from its code, symbol or name; undefined when the text is none of them. */
export function currencyCodeOf(text: string): string | undefined {
  const trimmed = text.trim();
  return (
    normalizeCurrency(trimmed) ??
    CURRENCY_SYMBOLS[trimmed.toLowerCase()] ??
    CURRENCY_NAMES.get(trimmed.toLowerCase().replace(/\s+/g, ' '))
  );
}

/** "12 000 PLN", "PLN 12000", "12 000,50 zł" → the amount and the currency written with it. */
export function splitAmountAndCurrency(text: string): { amount: string; currency?: string } {
  const trimmed = text.trim();
  const match =
    /^(\p{L}{1,3}\.?|[€£₽₴])\s*([\d\s\u00a0\u202f',.-]+)$/u.exec(trimmed) ??
    /^([\d\s\u00a0\u202f',.-]+?)\s*(\p{L}{1,3}\.?|[€£₽₴])$/u.exec(trimmed);
  if (!match?.[1] || !match[2]) return { amount: trimmed };
  const [symbol, amount] = /\d/.test(match[1]) ? [match[2], match[1]] : [match[1], match[2]];
  const currency = CURRENCY_SYMBOLS[symbol.toLowerCase()] ?? normalizeCurrency(symbol);
  return currency ? { amount: amount.trim(), currency } : { amount: trimmed };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function normalizeOffset(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}
