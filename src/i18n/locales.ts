import type { Locale as DateLocale } from 'date-fns';
// One file per locale: the package's index loads all of its ~100 locales (~0.3 s at every start).
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { pl } from 'date-fns/locale/pl';
import { ru } from 'date-fns/locale/ru';

/** The languages Tandem speaks; every catalog has all three. */
export const LANGUAGES = ['en', 'pl', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** The catalog language of a Slack or team locale ("pl-PL" → pl, "ru" → ru); English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : DEFAULT_LANGUAGE;
}

/** A BCP 47 tag Intl accepts ("pl-PL", "en-US"); Slack writes them with "-", some stores with "_". */
export function intlLocaleOf(locale: string | null | undefined): string {
  const tag = (locale ?? '').trim().replace(/_/g, '-');
  try {
    return tag === '' ? DEFAULT_LANGUAGE : (Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_LANGUAGE);
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** date-fns month and weekday names: American English only for en-US, British for other English. */
export function dateLocaleOf(locale: string | null | undefined): DateLocale {
  const tag = intlLocaleOf(locale);
  if (tag === 'en-US') return enUS;
  const language = languageOf(tag);
  return language === 'pl' ? pl : language === 'ru' ? ru : enGB;
}

/** Slack's interface language when a user never picked one, and for everyone whose language Slack lacks (Polish, Russian). */
export const SLACK_DEFAULT_LOCALE = 'en-US';

/** A language code as stored and typed (`pl`), or undefined when Tandem does not speak it. */
export function parseLanguage(text: string | null | undefined): Language | undefined {
  const code = (text ?? '').trim().toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : undefined;
}

/**
 * The locale a person reads Tandem in: the language they chose in Tandem; else their Slack locale
 * when Tandem speaks it and it is not Slack's default (Polish and Russian users keep en-US because
 * Slack offers neither); else their team's language.
 */
export function readerLocale(input: {
  chosen: string | null | undefined;
  slackLocale: string | null | undefined;
  teamLocale: string;
}): string {
  const chosen = parseLanguage(input.chosen);
  if (chosen) return languageOf(input.teamLocale) === chosen ? input.teamLocale : chosen;
  const slack = intlLocaleOf(input.slackLocale);
  const spoken = (LANGUAGES as readonly string[]).includes(slack.split('-')[0] ?? '');
  if (input.slackLocale && spoken && slack !== SLACK_DEFAULT_LOCALE) return input.slackLocale;
  return input.teamLocale;
}
