import type { Locale as DateLocale } from 'date-fns';
import { enGB, enUS, pl, ru } from 'date-fns/locale';

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
