import fc from 'fast-check';
import { countryName, normalizeCountry } from '../../src/domain/countries';
import { parseDealCommand } from '../../src/domain/dealCommand';
import { parseFeedbackCommand } from '../../src/domain/feedbackCommand';
import {
  DEAL_KEYS,
  FEEDBACK_KEYS,
  foldWord,
  type KeyAliases,
  LEAD_KEYS,
  SPEND_KEYS,
} from '../../src/domain/inputAliases';
import { validateLeadDraft } from '../../src/domain/lead';
import { parseLeadCommand } from '../../src/domain/leadCommand';
import { parseSpendCommand } from '../../src/domain/spendCommand';
import { parseStageName } from '../../src/domain/stageMove';
import { STAGES } from '../../src/domain/stages';
import { CATALOG } from '../../src/i18n/catalog';
import { LANGUAGES } from '../../src/i18n/locales';
import { inEnglish } from '../support/englishProblems';

describe('stage words in Polish and Russian', () => {
  it.each([
    ['kwalifikacja', 'QUALIFIED'],
    ['Zakwalifikowany', 'QUALIFIED'],
    ['квалификация', 'QUALIFIED'],
    ['analiza', 'DISCOVERY'],
    ['potrzeby', 'DISCOVERY'],
    ['analiza potrzeb', 'DISCOVERY'],
    ['потребности', 'DISCOVERY'],
    ['анализ', 'DISCOVERY'],
    ['oferta', 'OFFER'],
    ['OFERTA', 'OFFER'],
    ['предложение', 'OFFER'],
    ['оферта', 'OFFER'],
    ['КП', 'OFFER'],
    ['negocjacje', 'NEGOTIATION'],
    ['Переговоры', 'NEGOTIATION'],
    ['wygrana', 'WON'],
    ['wygrany', 'WON'],
    ['выиграна', 'WON'],
    ['выигрыш', 'WON'],
    ['успех', 'WON'],
    ['przegrana', 'LOST'],
    ['Przegrany', 'LOST'],
    ['проиграна', 'LOST'],
    ['проигрыш', 'LOST'],
    ['отказ', 'LOST'],
    ['лид', 'LEAD'],
  ])('reads “%s” as %s', (word, stage) => {
    expect(parseStageName(word)).toBe(stage);
  });

  it('still reads the English words and refuses words that name no stage', () => {
    expect(parseStageName('Proposal')).toBe('OFFER');
    expect(parseStageName('needs')).toBe('DISCOVERY');
    expect(parseStageName('oferty')).toBeUndefined();
    expect(parseStageName('переговор')).toBeUndefined();
  });

  it.each(LANGUAGES)('accepts every stage word the %s rejections list, in funnel order', (language) => {
    const listed = CATALOG[language]['problem.stageWords'] as string;
    const items = listed.split(', ');
    expect(items).toHaveLength(STAGES.length);
    items.forEach((item, index) => {
      // "analiza (potrzeby)": the word and its alias both name the stage in that place.
      for (const word of item.replace(/\)$/, '').split(' ('))
        expect([word, parseStageName(word)]).toEqual([word, STAGES[index]]);
    });
  });

  it('moves, creates, lists and reopens deals with the words of any language', () => {
    expect(parseDealCommand('D-3 oferta')).toEqual({
      ok: true,
      value: { kind: 'move', number: 3, stage: 'OFFER', draft: {} },
    });
    expect(parseDealCommand('D-3 переговоры скидка:10%')).toEqual({
      ok: true,
      value: { kind: 'move', number: 3, stage: 'NEGOTIATION', draft: { discount: '10%' } },
    });
    expect(parseDealCommand('D-3 wygrana wartość:10800')).toEqual({
      ok: true,
      value: { kind: 'move', number: 3, stage: 'WON', draft: { value: '10800' } },
    });
    expect(parseDealCommand('D-3 przegrana powód:"za drogo"')).toEqual({
      ok: true,
      value: { kind: 'move', number: 3, stage: 'LOST', draft: { reason: 'za drogo' } },
    });
    expect(parseDealCommand('L-2 кп сумма:5000 валюта:PLN')).toEqual({
      ok: true,
      value: { kind: 'create', leadNumber: 2, stage: 'OFFER', draft: { value: '5000', currency: 'PLN' } },
    });
    expect(parseDealCommand('list negocjacje mine')).toEqual({
      ok: true,
      value: { kind: 'list', mine: true, stage: 'NEGOTIATION' },
    });
    expect(parseDealCommand('D-3 reopen анализ')).toEqual({
      ok: true,
      value: { kind: 'reopen', number: 3, stage: 'DISCOVERY', draft: {} },
    });
  });
});

describe('keys in Polish and Russian', () => {
  it('reads lead keys in any language and case, with or without Polish letters', () => {
    const keys = (text: string) => {
      const parsed = parseLeadCommand(text);
      return parsed.ok && parsed.value.kind === 'add' ? parsed.value.draft : parsed;
    };
    expect(keys('Acme źródło:seo branża:retail kraj:PL')).toEqual({
      company: 'Acme',
      source: 'seo',
      industry: 'retail',
      country: 'PL',
    });
    expect(keys('Acme ŹRÓDŁO:seo')).toEqual({ company: 'Acme', source: 'seo' });
    expect(keys('Acme Zrodlo:seo wielkosc:50 opiekun:<@U0000BOB>')).toEqual({
      company: 'Acme',
      source: 'seo',
      companySize: '50',
      ownerId: '<@U0000BOB>',
    });
    expect(keys('Acme источник:seo отрасль:логистика размер:120 почта:anna@acme.com')).toEqual({
      company: 'Acme',
      source: 'seo',
      industry: 'логистика',
      companySize: '120',
      email: 'anna@acme.com',
    });
    expect(parseLeadCommand('list mine источник:seo')).toEqual({
      ok: true,
      value: { kind: 'list', mine: true, source: 'seo' },
    });
    expect(parseLeadCommand('disqualify L-3 powód:"brak budżetu"')).toEqual({
      ok: true,
      value: { kind: 'disqualify', number: 3, reason: 'brak budżetu' },
    });
    expect(parseLeadCommand('qualify L-3 причина:бюджет')).toEqual({
      ok: true,
      value: { kind: 'qualify', number: 3, reason: 'бюджет' },
    });
  });

  it('names an unknown key as it was typed and gives the same key twice as a duplicate', () => {
    const unknown = parseLeadCommand('Acme kolor:czerwony');
    expect(unknown.ok ? [] : unknown.problems.map(inEnglish)).toEqual([
      {
        field: 'kolor',
        message:
          '“kolor” is not a lead key; keys are company, source, industry, segment, size, country, contact, email, product, heard, prompted, campaign, owner, note',
        example: 'source:seo',
      },
    ]);
    const twice = parseLeadCommand('Acme source:seo źródło:ads');
    expect(twice.ok ? [] : twice.problems.map(inEnglish)).toEqual([
      { field: 'source', message: 'źródło: is given twice', example: 'source:paid_search' },
    ]);
  });

  it('reads spend and feedback keys in Polish and Russian', () => {
    expect(parseSpendCommand('seo 4500 PLN okres:2026-11 notatka:"Black Friday"')).toEqual({
      ok: true,
      value: {
        kind: 'add',
        draft: { channel: 'seo', amount: '4500', currency: 'PLN', period: '2026-11', note: 'Black Friday' },
      },
    });
    expect(parseSpendCommand('seo 4500 период:2026-11 валюта:EUR')).toEqual({
      ok: true,
      value: { kind: 'add', draft: { channel: 'seo', amount: '4500', period: '2026-11', currency: 'EUR' } },
    });
    expect(parseSpendCommand('list okres:2026-11')).toEqual({
      ok: true,
      value: { kind: 'list', period: '2026-11' },
    });
    expect(
      parseFeedbackCommand('complaint L-1 "za wolno" produkt:analytics wydźwięk:neutral źródło:call'),
    ).toEqual({
      ok: true,
      value: {
        kind: 'add',
        draft: {
          kind: 'complaint',
          client: 'L-1',
          text: 'za wolno',
          product: 'analytics',
          sentiment: 'neutral',
          source: 'call',
        },
      },
    });
    expect(parseFeedbackCommand('wish "экспорт" клиент:D-7 тональность:positive')).toMatchObject({
      ok: true,
      value: { kind: 'add', draft: { text: 'экспорт', client: 'D-7', sentiment: 'positive' } },
    });
  });

  it.each([
    ['lead', LEAD_KEYS],
    ['deal', DEAL_KEYS],
    ['spend', SPEND_KEYS],
    ['feedback', FEEDBACK_KEYS],
  ] as const)('accepts every %s key the rejections list, in each language', (command, keys: KeyAliases) => {
    const key = `problem.keys.${command}` as const;
    const english = (CATALOG.en[key] as string).split(', ');
    for (const language of LANGUAGES) {
      const listed = (CATALOG[language][key] as string).split(', ');
      expect(listed.map((word) => keys.get(foldWord(word)))).toEqual(english);
    }
  });
});

describe('the source articles’ vocabulary in quick commands (properties)', () => {
  const caseOf = (word: string, upper: boolean[]) =>
    [...word].map((letter, index) => (upper[index % upper.length] ? letter.toUpperCase() : letter)).join('');
  const SEED_STAGE_WORDS: [string, string][] = [
    ['ofertowanie', 'OFFER'],
    ['umowa', 'WON'],
    ['продажа', 'WON'],
    ['успешна', 'WON'],
    ['провалена', 'LOST'],
    ['analiza potrzeb', 'DISCOVERY'],
    ['выявление потребностей', 'DISCOVERY'],
    ['faktura pro forma', 'WON'],
  ];

  it('moves and creates deals with any stage name, multi-word ones unquoted, in any case, keys after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEED_STAGE_WORDS),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        ([name, stage], upper, number, value) => {
          const typed = caseOf(name, upper);
          expect(parseDealCommand(`D-${number} ${typed} wartość:${value}`)).toEqual({
            ok: true,
            value: { kind: 'move', number, stage, draft: { value: String(value) } },
          });
          expect(parseDealCommand(`L-${number} ${typed}`)).toEqual({
            ok: true,
            value: { kind: 'create', leadNumber: number, stage, draft: {} },
          });
        },
      ),
    );
  });

  it('still names the word it cannot read after a multi-word stage', () => {
    const parsed = parseDealCommand('D-3 analiza potrzeb jutro');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(inEnglish(parsed.problems[0]!).message).toContain('jutro');
  });

  it('reads every country by its code, English, Polish or Russian name, in any case', () => {
    const codes = ['PL', 'DE', 'RU', 'UA', 'GB', 'US', 'CZ', 'LT', 'FR', 'KZ'];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom('en', 'pl', 'ru'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        (code, locale, upper) => {
          expect(normalizeCountry(caseOf(countryName(code, locale), upper))).toBe(code);
        },
      ),
    );
    const lead = (text: string) => {
      const parsed = parseLeadCommand(text);
      return parsed.ok && parsed.value.kind === 'add'
        ? validateLeadDraft(parsed.value.draft, ['seo'])
        : parsed;
    };
    expect(lead('Acme kraj:Polska')).toMatchObject({ ok: true, value: { country: 'PL' } });
    expect(lead('Acme страна:Польша')).toMatchObject({ ok: true, value: { country: 'PL' } });
    expect(lead('Acme страна:Германия')).toMatchObject({ ok: true, value: { country: 'DE' } });
  });

  it('reads the feedback kinds in Polish and Russian, singular or plural, in any case', () => {
    const KINDS: [string, string][] = [
      ['skarga', 'complaint'],
      ['reklamacja', 'complaint'],
      ['жалоба', 'complaint'],
      ['жалобы', 'complaint'],
      ['pochwała', 'praise'],
      ['похвала', 'praise'],
      ['sugestia', 'wish'],
      ['пожелание', 'wish'],
      ['obiekcja', 'objection'],
      ['obiekcje', 'objection'],
      ['возражение', 'objection'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        ([word, kind], upper) => {
          const typed = caseOf(word, upper);
          expect(parseFeedbackCommand(`${typed} L-12 "za długa dostawa"`)).toMatchObject({
            ok: true,
            value: { kind: 'add', draft: { kind: typed, text: 'za długa dostawa' } },
          });
          expect(parseFeedbackCommand(`list ${typed}`)).toMatchObject({
            ok: true,
            value: { kind: 'list', feedbackKind: kind },
          });
        },
      ),
    );
  });
});
