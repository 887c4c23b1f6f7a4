import { AREA_KEYS, CATALOG } from '../../src/i18n/catalog';
import { LANGUAGES } from '../../src/i18n/locales';
import type { Message } from '../../src/i18n/message';
import { createTranslator } from '../../src/i18n/translator';

/** Keys whose text is the same word in a translation on purpose (codes, brand names, symbols). */
const SAME_AS_ENGLISH = new Set<string>(['stage.LEAD']);

function texts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

function placeholders(message: Message): string[] {
  const names = texts(message).flatMap((text) =>
    [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''),
  );
  return [...new Set(names)].sort();
}

const englishKeys = Object.keys(CATALOG.en).sort();

describe('the message catalog', () => {
  it('has every English key in Polish and Russian, and no others', () => {
    for (const language of LANGUAGES) expect(Object.keys(CATALOG[language]).sort()).toEqual(englishKeys);
  });

  it('never defines one key in two areas', () => {
    const all = AREA_KEYS.flat();
    expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([]);
  });

  it.each(LANGUAGES)('gives every plural message in %s each form its plural rules select', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(CATALOG[language])) {
      if (typeof message === 'string') continue;
      const missing = categories.filter((category) => message[category] === undefined);
      expect({ key, missing }).toEqual({ key, missing: [] });
    }
  });

  it.each(['pl', 'ru'] as const)('translates every %s message and keeps its placeholders', (language) => {
    for (const key of englishKeys) {
      const english = CATALOG.en[key as keyof typeof CATALOG.en];
      const translated = CATALOG[language][key as keyof typeof CATALOG.en];
      expect({ key, placeholders: placeholders(translated) }).toEqual({
        key,
        placeholders: placeholders(english),
      });
      if (SAME_AS_ENGLISH.has(key)) continue;
      const untranslated = texts(translated).filter(
        (text) => texts(english).includes(text) && /\p{L}/u.test(text),
      );
      expect({ key, untranslated }).toEqual({ key, untranslated: [] });
    }
  });

  it('never points at the one item of a singular form with a plural pronoun', () => {
    // "их {decimals}" counts something else (the typed decimals), so it is not about the one item.
    // Polish "je" is also the singular neuter, so only English and Russian are read this way.
    const plural = { en: /\bthem\b/, ru: /(?<!\p{L})(они|их|эти|этих|ими|них|ними)(?!\p{L})/u };
    for (const language of ['en', 'ru'] as const) {
      const wrong = Object.entries(CATALOG[language])
        .filter(([, message]) => typeof message !== 'string')
        .map(([key, message]) => [key, (message as Record<string, string>).one ?? ''])
        .filter(([, one]) => plural[language].test((one ?? '').replace(/\p{L}+ \{(?!count)\w+\}/gu, '')));
      expect({ language, wrong }).toEqual({ language, wrong: [] });
    }
  });

  it('picks the right plural form for 1, 2, 5 and 22 in each language', () => {
    const days = (locale: string) =>
      [1, 2, 5, 22].map((count) => createTranslator(locale).t('common.days', { count }));
    expect(days('en')).toEqual(['1 day', '2 days', '5 days', '22 days']);
    expect(days('pl-PL')).toEqual(['1 dzień', '2 dni', '5 dni', '22 dni']);
    expect(days('ru-RU')).toEqual(['1 день', '2 дня', '5 дней', '22 дня']);
  });
});

describe('createTranslator', () => {
  it('falls back to English for a language Tandem does not speak, keeping the locale for numbers', () => {
    const german = createTranslator('de-DE');
    expect(german.language).toBe('en');
    expect(german.t('common.noChange')).toBe('no change');
  });

  it('writes numbers, money and dates the way each language does', () => {
    const instant = new Date('2026-11-23T09:00:00Z');
    expect(createTranslator('en-US').money(1234550, 'EUR')).toBe('EUR\u00a012,345.50');
    expect(createTranslator('pl-PL').money(1234550, 'PLN')).toBe('12\u00a0345,50\u00a0PLN');
    expect(createTranslator('ru-RU').money(1234500, 'RUB')).toBe('12\u00a0345\u00a0₽');
    expect(createTranslator('pl-PL').money(1234500, 'RUB')).toBe('12\u00a0345\u00a0RUB');
    expect(createTranslator('ja').money(1234, 'JPY')).toBe('JPY\u00a01,234');
    expect(createTranslator('pl').date(instant, 'd MMMM yyyy', 'Europe/Warsaw')).toBe('23 listopada 2026');
    expect(createTranslator('ru').date(instant, 'd MMMM yyyy', 'Europe/Moscow')).toBe('23 ноября 2026');
    expect(createTranslator('en-GB').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(createTranslator('pl').list(['A', 'B', 'C'])).toBe('A, B i C');
  });

  it('leaves a placeholder visible when a parameter is missing, so the render test catches it', () => {
    expect(createTranslator('en').t('common.percentagePoints')).toBe('{value} pp');
  });
});
