import { validateActionItemDraft } from '../../../src/domain/actionItem';
import { validateDealDraft } from '../../../src/domain/deal';
import { noLeadNamed, parseDealCommand } from '../../../src/domain/dealCommand';
import { parseDigestCommand, validateDigestSchedule } from '../../../src/domain/digestCommand';
import { validateFeedbackDraft } from '../../../src/domain/feedback';
import { parseFeedbackCommand } from '../../../src/domain/feedbackCommand';
import { parseIcpCommand } from '../../../src/domain/icpCommand';
import { validateIcpSections } from '../../../src/domain/icp';
import type { FieldProblem, Parsed } from '../../../src/domain/inputError';
import { validateLeadDraft } from '../../../src/domain/lead';
import { parseLeadCommand } from '../../../src/domain/leadCommand';
import { validateNoteDraft } from '../../../src/domain/meeting';
import { parseMeetingCommand } from '../../../src/domain/meetingCommand';
import { parsePlanCommand, readPlanValue } from '../../../src/domain/plan';
import { validateSpendDraft } from '../../../src/domain/spend';
import { parseSpendCommand } from '../../../src/domain/spendCommand';
import { CATALOG } from '../../../src/i18n/catalog';
import { createTranslator } from '../../../src/i18n/translator';
import { buildRejectedCommandMessage, describeProblem } from '../../../src/views/messages/problemMessage';
import { leftoverPlaceholders, renderedStrings, untranslatedEnglish } from '../../support/languageChecks';

function problemsOf(parsed: Parsed<unknown>): FieldProblem[] {
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
}

const spend = { channelKeys: ['seo', 'paid_search'], defaultCurrency: 'PLN' };
const today = new Date('2026-11-30T00:00:00Z');

/** Bad input of every kind the parsers and validators refuse, with the keys users invent. */
const CORPUS: Record<string, FieldProblem[]> = {
  leadCommand: problemsOf(parseLeadCommand('Acme colour:red źródło: industry:a branża:b')),
  leadList: problemsOf(parseLeadCommand('list everything')),
  leadStatus: problemsOf(parseLeadCommand('edit L-3 reason:x')),
  disqualify: problemsOf(parseLeadCommand('disqualify L-3')),
  qualifyWhich: problemsOf(parseLeadCommand('qualify')),
  leadVerbs: [
    ...problemsOf(parseLeadCommand('show X')),
    ...problemsOf(parseLeadCommand('edit')),
    ...problemsOf(parseLeadCommand('disqualify')),
    ...problemsOf(parseLeadCommand('qualify L-3 colour:x')),
  ],
  lead: problemsOf(
    validateLeadDraft(
      {
        note: 'x'.repeat(2001),
        source: 'google',
        segment: 'huge',
        companySize: 'lots',
        country: 'Narnia',
        email: 'anna@',
        ownerId: 'bob',
      },
      ['seo'],
    ),
  ),
  dealCommand: problemsOf(parseDealCommand('D-3 oferty price:100 value: discount:1 discount:2 extra')),
  dealId: problemsOf(parseDealCommand('Acme')),
  dealCompany: [noLeadNamed('Initech')],
  dealList: problemsOf(parseDealCommand('list everything')),
  dealCreate: problemsOf(parseDealCommand('L-2 value:100')),
  dealVerbs: [
    ...problemsOf(parseDealCommand('show X')),
    ...problemsOf(parseDealCommand('D-3 reopen offer now')),
  ],
  dealReasons: [
    ...problemsOf(
      validateDealDraft({ currency: 'EUR' }, { toStage: undefined, currency: 'PLN', lostReasons: [] }),
    ),
    ...problemsOf(validateDealDraft({}, { toStage: 'LOST', currency: 'PLN', lostReasons: [] })),
    ...problemsOf(
      validateDealDraft({ reason: 'other' }, { toStage: 'LOST', currency: 'PLN', lostReasons: [] }),
    ),
  ],
  quote: problemsOf(parseDealCommand('D-3 lost reason:"too high')),
  deal: problemsOf(
    validateDealDraft(
      {
        value: '999999999999999',
        discount: '150%',
        expectedClose: '15.12.2026',
        offerRequested: '2026-11-20',
        offerSent: '2026-11-10',
        negotiationNotes: 'x'.repeat(2001),
      },
      { toStage: 'LOST', currency: 'PLN', lostReasons: [{ key: 'price', label: 'Price' }] },
    ),
  ),
  dealCurrency: problemsOf(
    validateDealDraft({ currency: 'zloty' }, { toStage: 'WON', currency: 'PLN', lostReasons: [] }),
  ),
  planCommand: ['leads', 'budget 5', 'channel:seo win_rate:30', 'channel:seo'].flatMap((text) =>
    problemsOf(parsePlanCommand(text)),
  ),
  planValues: (
    [
      ['quality', '120'],
      ['leads', 'sixty'],
    ] as const
  ).flatMap(([name, typed]) => {
    const read = readPlanValue(name, typed, 'EUR');
    return read.ok ? [] : [read.problem];
  }),
  spendCommand: problemsOf(parseSpendCommand('seo 100 PLN extra budget:5 kwota:1 note: okres:a period:b')),
  spendList: problemsOf(parseSpendCommand('list last month')),
  spend: problemsOf(
    validateSpendDraft({ channel: 'tv', amount: '12,5,0', period: '2026-13', note: 'x'.repeat(501) }, spend),
  ),
  spendRequired: problemsOf(validateSpendDraft({ currency: 'zloty' }, spend)),
  spendPeriods: ['soon', '2026-01-01..2027-06-01', '9999-12-31'].flatMap((period) =>
    problemsOf(validateSpendDraft({ channel: 'seo', amount: '10', period }, spend)),
  ),
  spendZero: problemsOf(
    validateSpendDraft({ channel: 'seo', amount: '0', period: '2026-11-30..2026-11-01' }, spend),
  ),
  money: ['-5', '12,000', '0,505', '12.5', '1,00,000', '12k', '12,5 0', '1.2,3.4'].flatMap((amount) =>
    problemsOf(
      validateSpendDraft(
        {
          channel: 'seo',
          amount,
          currency: amount === '12,000' ? 'KWD' : amount === '12.5' ? 'JPY' : 'EUR',
          period: '2026-11',
        },
        spend,
      ),
    ),
  ),
  feedbackCommand: problemsOf(
    parseFeedbackCommand('complaint L-1 "slow" price:1 produkt: klient:L-1 client:L-2'),
  ),
  feedbackList: problemsOf(parseFeedbackCommand('list everything')),
  feedbackPeriod: problemsOf(parseFeedbackCommand('list 0d')),
  feedbackPeriodText: problemsOf(parseFeedbackCommand('list 3m')),
  feedback: problemsOf(
    validateFeedbackDraft(
      {
        kind: 'idea',
        text: 'x'.repeat(3001),
        client: 'Acme',
        sentiment: 'meh',
        source: 'fax',
        product: 'x'.repeat(101),
      },
      [],
    ),
  ),
  feedbackRequired: problemsOf(validateFeedbackDraft({}, [])),
  meetingCommand: problemsOf(parseMeetingCommand('notes')),
  meetingFilter: problemsOf(parseMeetingCommand('actions all')),
  note: problemsOf(validateNoteDraft({ kind: 'idea', text: 'x'.repeat(2001), kpi: 'mood', client: 'Acme' })),
  noteText: problemsOf(validateNoteDraft({})),
  actionItem: problemsOf(
    validateActionItemDraft(
      { owner: 'bob', due: '2026-11-29', related: 'Acme', channel: 'tv' },
      { today, channelKeys: ['seo'] },
    ),
  ),
  actionItemDue: [
    ...problemsOf(validateActionItemDraft({ owner: 'U0000BOB', text: 'x' }, { today, channelKeys: [] })),
    ...problemsOf(
      validateActionItemDraft(
        { owner: 'U0000BOB', text: 'x', due: '2026-02-30' },
        { today, channelKeys: [] },
      ),
    ),
    ...problemsOf(
      validateActionItemDraft(
        { owner: 'U0000BOB', text: 'x', due: '2028-01-01' },
        { today, channelKeys: [] },
      ),
    ),
  ],
  icpCommand: problemsOf(parseIcpCommand('dance')),
  icpNote: [
    ...problemsOf(parseIcpCommand('note')),
    ...problemsOf(parseIcpCommand(`note ${'x'.repeat(2001)}`)),
  ],
  icp: problemsOf(validateIcpSections({ pains: 'x'.repeat(2001), decisionMaker: 'x'.repeat(2001) })),
  digestCommand: [
    ...problemsOf(parseDigestCommand('send')),
    ...problemsOf(parseDigestCommand('status now')),
    ...['wczoraj', '2026-02-30..2026-03-05', '2026-11-14..2026-11-01', '2026-01-01..2027-01-02'].flatMap(
      (period) => problemsOf(parseDigestCommand(`post ${period}`)),
    ),
  ],
  digestSchedule: problemsOf(
    validateDigestSchedule({ enabled: true, time: '9am', timeZone: 'Nowhere', cadenceWeeks: '5' }),
  ),
};

const ALL = Object.values(CORPUS).flat();
const INVENTED_KEYS = new Set(['colour', 'price', 'budget']);
const english = createTranslator('en');

/** The prose of a message: what users typed and examples (code spans and blocks) left out. */
function prose(message: unknown): string[] {
  return renderedStrings(message).map((text) => text.replace(/```[\s\S]*?```|`[^`]*`/g, ''));
}

describe('problems in the reader’s language', () => {
  it('covers every problem text of the catalog with the corpus, so the checks below see them all', () => {
    const codes = new Set(ALL.map((each) => each.code));
    const catalogued = Object.keys(CATALOG.en).filter(
      (key) =>
        /^problem\.(?!field\.|label\.|keys\.|stageWords|forExample|eg$)/.test(key) &&
        // Service-level problems need a database: they are rendered by the command tests.
        ![
          'problem.clientNotFound',
          'problem.feedback.leadNotInTeam',
          'problem.feedback.dealNotInTeam',
        ].includes(key),
    );
    expect(catalogued.filter((key) => !codes.has(key as FieldProblem['code']))).toEqual([]);
  });

  it('names every field a problem can have in each language', () => {
    const fields = [...new Set(ALL.map((each) => each.field))].filter((field) => !INVENTED_KEYS.has(field));
    expect(fields.filter((field) => !(`problem.field.${field}` in CATALOG.en))).toEqual([]);
  });

  it.each(['pl-PL', 'ru-RU'] as const)(
    'renders every rejection in %s with no English and no placeholder left',
    (locale) => {
      const t = createTranslator(locale);
      const language = t.language as 'pl' | 'ru';
      for (const [name, problems] of Object.entries(CORPUS)) {
        const message = buildRejectedCommandMessage(
          t,
          t.t('deals.unreadable'),
          problems,
          '/deal',
          'typed text',
        );
        expect({ name, english: untranslatedEnglish(prose(message), language) }).toEqual({
          name,
          english: [],
        });
        expect({ name, placeholders: leftoverPlaceholders(message) }).toEqual({ name, placeholders: [] });
        // A form shows its own examples (quick-command syntax is English by design), so only the words count.
        const modal = problems.map((each) => describeProblem(t, each, undefined));
        expect({ name, english: untranslatedEnglish(prose(modal), language) }).toEqual({ name, english: [] });
      }
    },
  );

  it('keeps today’s English rejection word for word', () => {
    const message = buildRejectedCommandMessage(
      english,
      "Couldn't read that spend",
      CORPUS.spend ?? [],
      '/spend',
      'tv 12,5,0 period:2026-13',
    );
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: [
          ":warning: *Couldn't read that spend*",
          "• *channel*: “tv” is not one of the team's channels: seo, paid_search — for example `/spend paid_search 4500 PLN period:2026-11-01..2026-11-14`",
          '• *amount*: “12,5,0” groups its digits oddly; group thousands, e.g. 1 200 000 or 1,200,000 — for example `/spend paid_search 4500 PLN period:2026-11`',
          '• *period*: “2026-13” is not a month; write it as 2026-11 — for example `period:2026-11-01..2026-11-14`',
          '• *note*: Note is 501 characters; at most 500 fit — for example `note:"Black Friday campaign"`',
        ].join('\n'),
      },
    });
    expect(message.text).toContain(
      "Couldn't read that spend: channel: “tv” is not one of the team's channels",
    );
  });

  it('writes the fields, the text and the example words in Polish and Russian, and amounts their way', () => {
    const amount = problemsOf(
      validateSpendDraft({ channel: 'seo', amount: '999999999999999', period: '2026-11' }, spend),
    );
    const polish = buildRejectedCommandMessage(
      createTranslator('pl-PL'),
      'Tytuł',
      amount,
      '/spend',
      'seo 999999999999999',
    );
    expect(renderedStrings(polish).join('\n')).toContain(
      '• *kwota*: „999999999999999” to więcej niż największa kwota, jaką Tandem zapisuje (90\u00a0000\u00a0000\u00a0000\u00a0000\u00a0PLN) — na przykład `/spend paid_search 4500 PLN period:2026-11`',
    );
    const russian = buildRejectedCommandMessage(
      createTranslator('ru-RU'),
      'Заголовок',
      CORPUS.leadCommand ?? [],
      '/lead',
      'x',
    );
    expect(renderedStrings(russian).join('\n')).toContain(
      '• *colour*: «colour» — не ключ лида; ключи: `компания, источник, отрасль, сегмент, размер, страна, контакт, почта, продукт, откуда, повод, кампания, ответственный, заметка` — например `source:seo`',
    );
    expect(renderedStrings(russian).join('\n')).toContain('• *источник*: źródło: нет значения');
  });

  it('picks plural forms by the number in the problem', () => {
    const tooLong = (locale: string, length: number) =>
      describeProblem(createTranslator(locale), {
        field: 'note',
        code: 'problem.tooLong',
        params: { label: { term: 'field.note' }, count: length, max: 500 },
      });
    expect(tooLong('en', 501)).toBe('Note is 501 characters; at most 500 fit');
    expect(tooLong('pl', 502)).toBe('Notatka: 502 znaki, a zmieści się najwyżej 500');
    expect(tooLong('pl', 505)).toBe('Notatka: 505 znaków, a zmieści się najwyżej 500');
    expect(tooLong('ru', 501)).toBe('Заметка: 501 символ, а помещается не больше 500');
    expect(tooLong('ru', 503)).toBe('Заметка: 503 символа, а помещается не больше 500');
  });

  it('shows a form the problem’s example, another one, or none', () => {
    const [required] = problemsOf(validateSpendDraft({ channel: 'seo', period: '2026-11' }, spend));
    if (!required) throw new Error('expected a problem');
    expect(describeProblem(english, required)).toBe(
      'Amount is required (e.g. /spend paid_search 4500 PLN period:2026-11)',
    );
    expect(describeProblem(createTranslator('pl'), required, '4500')).toBe('Kwota jest wymagana (np. 4500)');
    expect(describeProblem(createTranslator('ru'), required, undefined)).toBe('Нужно указать сумму');
  });
});
