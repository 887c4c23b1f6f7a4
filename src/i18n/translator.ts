import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { formatMoney } from '../domain/money';
import { CATALOG } from './catalog';
import { dateLocaleOf, intlLocaleOf, type Language, languageOf } from './locales';
import type { Message, MessageParams, PluralForms } from './message';
import type { Translator } from './translation';

export type { Translator };

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(text: string, params: MessageParams | undefined, numberFormat: Intl.NumberFormat): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

function pluralForm(forms: PluralForms, count: number, rules: Intl.PluralRules): string {
  return forms[rules.select(count)] ?? forms.other;
}

/** Russian weekdays read "чт", not date-fns's three-letter "чтв". */
function datePattern(language: Language, pattern: string): string {
  return language === 'ru' ? pattern.replace(/(?<!E)EEE(?!E)/g, 'EEEEEE') : pattern;
}

/**
 * Polish abbreviates months in a date except May, whose short form "maj" is the nominative:
 * after a day it takes the genitive, "1–14 maja 2026", as "lis" stands for "listopada".
 */
export function dateInText(language: Language, pattern: string, text: string): string {
  if (language !== 'pl' || !/d.*(?<!M)MMM(?!M)/.test(pattern)) return text;
  return text.replace(/(?<!\p{L})maj(?!\p{L})/gu, 'maja');
}

// Intl formatters are costly to build and immutable once built: one translator per locale tag.
const translators = new Map<string, Translator>();
const MAX_CACHED_LOCALES = 64;

/** A translator for a Slack or team locale; unknown languages fall back to English text. */
export function createTranslator(locale: string | null | undefined): Translator {
  const tag = locale ?? '';
  const cached = translators.get(tag);
  if (cached) return cached;
  const translator = buildTranslator(tag);
  if (translators.size < MAX_CACHED_LOCALES) translators.set(tag, translator);
  return translator;
}

function buildTranslator(locale: string): Translator {
  const language = languageOf(locale);
  // Numbers follow the language of the text around them: a Polish sentence gets "1 234,5".
  const intlLocale = languageOf(intlLocaleOf(locale)) === language ? intlLocaleOf(locale) : language;
  const messages = CATALOG[language];
  const rules = new Intl.PluralRules(intlLocale);
  const numbers = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 });
  const lists = new Intl.ListFormat(intlLocale, { style: 'long', type: 'conjunction' });
  const dateLocale = dateLocaleOf(intlLocale);
  const translate: Translator['t'] = (key, params) => {
    const message: Message = messages[key];
    if (typeof message === 'string') return fill(message, params, numbers);
    const count = Number(params?.count ?? 0);
    return fill(pluralForm(message, count, rules), params, numbers);
  };
  const number: Translator['number'] = (value, maximumFractionDigits = 1) =>
    new Intl.NumberFormat(intlLocale, { maximumFractionDigits }).format(value);
  return {
    language,
    locale: intlLocale,
    t: translate,
    number,
    money: (minor, currency) => formatMoney(minor, currency, intlLocale),
    percent: (value, maximumFractionDigits) =>
      translate('common.percent', { value: number(value, maximumFractionDigits) }),
    date: (instant, pattern, timeZone) =>
      dateInText(
        language,
        pattern,
        format(timeZone ? new TZDate(instant, timeZone) : instant, datePattern(language, pattern), {
          locale: dateLocale,
        }),
      ),
    list: (items) => lists.format(items),
  };
}
