import type { types } from '@slack/bolt';
import { STAGES } from '../../../src/domain/stages';
import { LANGUAGES, type Language } from '../../../src/i18n/locales';
import { createTranslator, type Translator } from '../../../src/i18n/translator';
import type { HomeData } from '../../../src/slack/home/homeData';
import { buildHomeUnavailableView, buildHomeView, capHomeBlocks } from '../../../src/slack/home/homeView';
import { teamBlocks } from '../../../src/slack/home/teamBlocks';
import { buildActionItemModal } from '../../../src/views/modals/actionItemModal';
import { buildDealModal } from '../../../src/views/modals/dealModal';
import { buildDigestScheduleModal } from '../../../src/views/modals/digestScheduleModal';
import { buildFeedbackModal } from '../../../src/views/modals/feedbackModal';
import { buildIcpModal } from '../../../src/views/modals/icpModal';
import { buildLeadDuplicateModal } from '../../../src/views/modals/leadDuplicateModal';
import { buildLeadModal } from '../../../src/views/modals/leadModal';
import { buildMeetingNoteModal } from '../../../src/views/modals/meetingNoteModal';
import { section } from '../../../src/blockKit/message';
import { buildSpendModal } from '../../../src/views/modals/spendModal';
import type { LeadRecord } from '../../../src/store/repos/leadStore';
import { digestFiguresFixture } from '../../support/digestFigures';
import { leftoverPlaceholders, untranslatedEnglish } from '../../support/languageChecks';
import { actionItemFixture, pipelineDealFixture } from '../../support/meetingFixtures';

const LOCALES: Record<Language, string> = { en: 'en-US', pl: 'pl-PL', ru: 'ru-RU' };
const translator = (language: Language) => createTranslator(LOCALES[language]);

const CHANNELS = [
  { key: 'seo', label: 'SEO' },
  { key: 'paid_search', label: 'Paid search' },
];
const LOST_REASONS = [
  { key: 'price', label: 'Price too high' },
  { key: 'frozen', label: 'Procurement froze' },
];

const EXISTING_LEAD: LeadRecord = {
  id: 'lead1',
  teamId: 'team1',
  number: 7,
  company: 'Globex',
  companyKey: 'globex',
  contactName: null,
  email: null,
  source: 'seo',
  campaign: null,
  industry: null,
  segment: null,
  companySize: null,
  country: 'PL',
  heardFrom: null,
  promptedBy: null,
  product: null,
  note: null,
  ownerId: 'U0000BOB',
  status: 'new',
  statusReason: null,
  statusChangedAt: null,
  qualifiedAt: null,
  createdById: 'U0000BOB',
  createdAt: new Date('2026-11-20T10:00:00Z'),
  updatedAt: new Date('2026-11-20T10:00:00Z'),
  version: 1,
  externalId: null,
};

/** Every form Tandem opens, filled so that each optional part (notices, stage fields, origins) shows. */
function everyModal(t: Translator): Record<string, types.View> {
  const meeting = { period: '2026-11-16..2026-11-29', channelId: 'C0000SALES' };
  const modals: Record<string, types.View> = {
    newLead: buildLeadModal(t, {
      channels: CHANNELS,
      initial: {
        company: 'Acme',
        source: 'seo',
        segment: 'mid_market',
        companySize: '51-200',
        country: 'DE',
      },
      metadata: {},
      defaultOwnerId: 'U0000ALICE',
    }),
    editLead: buildLeadModal(t, {
      channels: CHANNELS,
      initial: { company: 'Acme' },
      metadata: { number: 12345, version: 2 },
      defaultOwnerId: 'U0000ALICE',
      notice: t.t('leadForm.conflict', { number: '12345', company: 'Acme' }),
    }),
    duplicate: buildLeadDuplicateModal(t, 'Globex', [EXISTING_LEAD], { draftId: 'draft1' }, (date) =>
      t.date(date, 'd MMM yyyy', 'UTC'),
    ),
    newDeal: buildDealModal(t, {
      lead: { number: 7, company: 'Globex' },
      stage: 'LEAD',
      values: { currency: 'EUR' },
      lostReasons: LOST_REASONS,
      nextNegotiationRound: 1,
      metadata: {},
    }),
    spend: buildSpendModal(t, { channels: CHANNELS, currency: 'PLN', metadata: {} }),
    feedback: buildFeedbackModal(t, {
      products: [{ key: 'analytics', label: 'Analytics' }],
      initial: { kind: 'wish', text: 'Export to Excel', source: 'call' },
      metadata: { messageAuthorId: 'U0000BOB', permalink: 'https://team-a.slack.com/archives/C1/p1' },
    }),
    feedbackWithoutProducts: buildFeedbackModal(t, { products: [], initial: {}, metadata: {} }),
    icp: buildIcpModal(t, {
      sections: { industries: 'retail' },
      metadata: { baseVersion: 3 },
      notice: t.t('icpForm.conflictUnknown'),
    }),
    digestSchedule: buildDigestScheduleModal(
      t,
      { weekday: 1, time: '09:00', timeZone: 'Europe/Warsaw', cadenceWeeks: 2, enabled: true },
      {},
    ),
    meetingNote: buildMeetingNoteModal(t, { periodLabel: '16–29 Nov 2026', metadata: meeting }),
    actionItem: buildActionItemModal(t, {
      periodLabel: '16–29 Nov 2026',
      metadata: meeting,
      channels: CHANNELS,
      suggestedDue: '2026-12-07',
    }),
  };
  for (const stage of STAGES) {
    modals[`moveDeal${stage}`] = buildDealModal(t, {
      deal: { number: 12345, company: 'Globex', stage: 'OFFER' },
      stage,
      values: { currency: 'EUR', reason: 'other', reasonOther: 'Built it in-house' },
      lostReasons: LOST_REASONS,
      nextNegotiationRound: 3,
      metadata: { dealNumber: 12345, version: 4 },
    });
  }
  return modals;
}

function homeData(t: Translator, overrides: Partial<HomeData['rep']> = {}): HomeData {
  const none = { rows: [], total: 0 };
  const items = [
    actionItemFixture({ id: 'i1', text: 'Send Globex the revised offer' }),
    actionItemFixture({ id: 'i2', text: 'Write the brief', dueDate: new Date('2026-12-10T00:00:00Z') }),
  ];
  return {
    userId: 'U0000BOB',
    teamId: 'team-1',
    now: new Date('2026-12-02T10:00:00Z'),
    timeZone: 'Europe/Warsaw',
    t,
    currency: 'EUR',
    rep: {
      openDeals: none,
      staleDeals: none,
      staleDealDays: 14,
      leadsAwaitingQualification: none,
      actionItems: none,
      ...overrides,
    },
    team: {
      figures: digestFiguresFixture(),
      periodDay: { day: 3, of: 14 },
      latestDigest: { periodLabel: '16–29 Nov 2026', permalink: 'https://team-a.slack.com/archives/C1/p1' },
      nextDigest: { at: new Date('2026-12-14T08:00:00Z'), timeZone: 'Europe/Warsaw' },
      openActionItems: { rows: items, total: 30 },
      overdueActionItems: 1,
      today: new Date('2026-12-02T00:00:00Z'),
    },
  };
}

/** A rep with something in every list, and more than the lists show. */
function busyHomeData(t: Translator): HomeData {
  const deals = [
    pipelineDealFixture(1, {
      stage: 'DISCOVERY',
      stageEnteredAt: new Date('2026-11-29T09:00:00Z'),
      lead: { number: 1, company: 'Globex' },
    }),
    pipelineDealFixture(2, { stage: 'OFFER', valueMinor: null, lead: { number: 2, company: 'Initech' } }),
  ];
  return homeData(t, {
    openDeals: { rows: deals, total: 17 },
    staleDeals: { rows: [deals[1] ?? deals[0]!], total: 1 },
    leadsAwaitingQualification: {
      rows: [{ number: 3, company: 'Initech', createdAt: new Date('2026-11-28T09:00:00Z') }],
      total: 1,
    },
    actionItems: { rows: [actionItemFixture()], total: 12 },
  });
}

function everyHome(t: Translator): Record<string, types.HomeView> {
  return {
    welcome: buildHomeView(homeData(t)),
    busy: buildHomeView(busyHomeData(t)),
    unavailable: buildHomeUnavailableView(t),
    capped: {
      type: 'home',
      blocks: capHomeBlocks(
        Array.from({ length: 130 }, (_, index) => section(`${index}`)),
        t,
      ),
    },
  };
}

type TextObject = { text?: string };
type Element = {
  type?: string;
  text?: TextObject | string;
  placeholder?: TextObject;
  options?: { text: TextObject }[];
  initial_option?: { text: TextObject };
  initial_options?: { text: TextObject }[];
  elements?: Element[];
  fields?: TextObject[];
  label?: TextObject;
  hint?: TextObject;
  element?: Element;
};

/** Texts past one of Slack's limits, named by where they are; Slack refuses the whole view then. */
function overLimits(view: types.View): string[] {
  const problems: string[] = [];
  const check = (where: string, text: string | undefined, limit: number) => {
    if (text !== undefined && text.length > limit)
      problems.push(`${where} (${text.length} > ${limit}): ${text}`);
  };
  if (view.type === 'modal') {
    check('title', view.title.text, 24);
    check('submit', view.submit?.text, 24);
    check('close', view.close?.text, 24);
  }
  if (view.blocks.length > 100) problems.push(`${view.blocks.length} blocks`);
  const element = (where: string, each: Element | undefined) => {
    if (!each) return;
    check(`${where} placeholder`, each.placeholder?.text, 150);
    for (const option of [...(each.options ?? []), ...(each.initial_options ?? [])])
      check(`${where} option`, option.text.text, 75);
    check(`${where} initial option`, each.initial_option?.text.text, 75);
    if (each.type === 'button' && typeof each.text === 'object') check(`${where} button`, each.text.text, 75);
  };
  for (const [index, block] of (view.blocks as Element[]).entries()) {
    const where = `block ${index} (${block.type})`;
    if (block.type === 'header' && typeof block.text === 'object') check(where, block.text.text, 150);
    if (block.type === 'section' && typeof block.text === 'object') check(where, block.text.text, 3000);
    for (const field of block.fields ?? []) check(`${where} field`, field.text, 2000);
    if (block.type === 'context')
      for (const part of block.elements ?? [])
        check(where, typeof part.text === 'string' ? part.text : '', 3000);
    if (block.type === 'actions') for (const part of block.elements ?? []) element(where, part);
    if (block.type === 'input') {
      check(`${where} label`, block.label?.text, 2000);
      check(`${where} hint`, block.hint?.text, 2000);
      element(where, block.element);
    }
  }
  return problems;
}

function textOf(view: types.View | undefined): string {
  return JSON.stringify(view);
}

describe.each(LANGUAGES)('every form and the App Home in %s', (language) => {
  const t = translator(language);
  const rendered = { ...everyModal(t), ...everyHome(t) };

  it.each(Object.keys(rendered))('%s leaves no English behind and no placeholder unfilled', (name) => {
    const view = rendered[name];
    expect(leftoverPlaceholders(view)).toEqual([]);
    if (language !== 'en') expect(untranslatedEnglish(view, language)).toEqual([]);
  });

  it.each(Object.keys(rendered))('%s keeps within Slack’s length limits', (name) => {
    const view = rendered[name];
    if (!view) throw new Error(`no view ${name}`);
    expect(overLimits(view)).toEqual([]);
  });
});

describe('forms in Polish and Russian', () => {
  const pl = everyModal(translator('pl'));
  const ru = everyModal(translator('ru'));

  it('titles, buttons and labels the lead form in the user’s language', () => {
    const newLead = pl.newLead as types.ModalView;
    expect([newLead.title.text, newLead.submit?.text, newLead.close?.text]).toEqual([
      'Nowy lead',
      'Dodaj lead',
      'Anuluj',
    ]);
    expect((ru.editLead as types.ModalView).title.text).toBe('Изменение L-12345');
    expect(textOf(newLead)).toContain('"text":"Firma"');
    expect(textOf(newLead)).toContain('"text":"51-200 osób"');
    expect(textOf(newLead)).toContain('"text":"Średnie firmy"');
    // The picked country is named in the user's language.
    expect(textOf(newLead)).toContain('"text":"Niemcy (DE)"');
    expect(textOf(ru.newLead)).toContain('"text":"Германия (DE)"');
  });

  it('names stages and each stage’s fields in the deal form', () => {
    expect((ru.newDeal as types.ModalView).title.text).toBe('Новая сделка');
    expect(textOf(ru.moveDealOFFER)).toContain('`D-12345` *Globex* на этапе *Предложение*');
    expect(textOf(pl.moveDealOFFER)).toContain(
      'Od tej daty liczy się czas przygotowania; puste: od wejścia na etap Analiza potrzeb',
    );
    expect(textOf(pl.moveDealNEGOTIATION)).toContain(
      'To 3. runda negocjacji: każde wejście na etap Negocjacje liczy się jako runda.',
    );
    expect(textOf(ru.moveDealLOST)).toContain('"text":"Другая (укажите какая)"');
    // A default lost reason the team kept reads in the user's language; its own words stay as written.
    expect(textOf(pl.moveDealLOST)).toContain('"text":"Za wysoka cena"');
    expect(textOf(pl.moveDealLOST)).toContain('"text":"Procurement froze"');
  });

  it('writes weekdays and cadences of the digest schedule in the user’s language', () => {
    expect(textOf(pl.digestSchedule)).toContain('"text":"Poniedziałek"');
    expect(textOf(pl.digestSchedule)).toContain('"text":"Co 2 tygodnie"');
    expect(textOf(ru.digestSchedule)).toContain('"text":"Воскресенье"');
    expect(textOf(ru.digestSchedule)).toContain('"text":"Каждые 4 недели"');
  });

  it('translates the feedback, meeting and action item forms', () => {
    expect(textOf(pl.feedback)).toContain(
      'Z wiadomości od <@U0000BOB> · <https://team-a.slack.com/archives/C1/p1|otwórz wiadomość>',
    );
    expect(textOf(ru.meetingNote)).toContain('"text":"Стоимость лида"');
    // A note's KPIs are named as the digest names them.
    expect(textOf(pl.meetingNote)).toContain('"text":"Współczynnik konwersji sprzedaży"');
    expect(textOf(ru.meetingNote)).toContain('"text":"Доля выигранных сделок"');
    expect((pl.actionItem as types.ModalView).title.text).toBe('Zadanie');
  });
});

describe('plural forms in the App Home', () => {
  const counts = [1, 2, 5, 22];

  function overdueTitle(language: Language, overdue: number): string {
    const data = homeData(translator(language));
    data.team.overdueActionItems = overdue;
    const blocks = teamBlocks(data);
    return (
      JSON.stringify(blocks).match(
        /\*(Open action items|Otwarte zadania|Открытые задачи)\* \([^)]*\)/,
      )?.[0] ?? ''
    );
  }

  function staleTitle(language: Language, days: number): string {
    const t = translator(language);
    const data = busyHomeData(t);
    data.rep.staleDealDays = days;
    return JSON.stringify(buildHomeView(data)).match(/:warning: \*[^*]+\* \(1\): [^"]+/)?.[0] ?? '';
  }

  it('counts overdue action items for 1, 2, 5 and 22 in each language', () => {
    expect(counts.map((count) => overdueTitle('en', count))).toEqual([
      '*Open action items* (30, 1 overdue)',
      '*Open action items* (30, 2 overdue)',
      '*Open action items* (30, 5 overdue)',
      '*Open action items* (30, 22 overdue)',
    ]);
    expect(counts.map((count) => overdueTitle('pl', count))).toEqual([
      '*Otwarte zadania* (30, w tym 1 zaległe)',
      '*Otwarte zadania* (30, w tym 2 zaległe)',
      '*Otwarte zadania* (30, w tym 5 zaległych)',
      '*Otwarte zadania* (30, w tym 22 zaległe)',
    ]);
    expect(counts.map((count) => overdueTitle('ru', count))).toEqual([
      '*Открытые задачи* (30, из них 1 просрочена)',
      '*Открытые задачи* (30, из них 2 просрочены)',
      '*Открытые задачи* (30, из них 5 просрочено)',
      '*Открытые задачи* (30, из них 22 просрочены)',
    ]);
  });

  it('says how long stale deals have waited for 1, 2, 5 and 22 days in each language', () => {
    expect(counts.map((days) => staleTitle('en', days))).toEqual([
      ':warning: *Stale deals* (1): over 1 day in one stage',
      ':warning: *Stale deals* (1): over 2 days in one stage',
      ':warning: *Stale deals* (1): over 5 days in one stage',
      ':warning: *Stale deals* (1): over 22 days in one stage',
    ]);
    expect(counts.map((days) => staleTitle('pl', days))).toEqual([
      ':warning: *Utknięte transakcje* (1): ponad 1 dzień na jednym etapie',
      ':warning: *Utknięte transakcje* (1): ponad 2 dni na jednym etapie',
      ':warning: *Utknięte transakcje* (1): ponad 5 dni na jednym etapie',
      ':warning: *Utknięte transakcje* (1): ponad 22 dni na jednym etapie',
    ]);
    expect(counts.map((days) => staleTitle('ru', days))).toEqual([
      ':warning: *Зависшие сделки* (1): больше 1 дня на одном этапе',
      ':warning: *Зависшие сделки* (1): больше 2 дней на одном этапе',
      ':warning: *Зависшие сделки* (1): больше 5 дней на одном этапе',
      ':warning: *Зависшие сделки* (1): больше 22 дней на одном этапе',
    ]);
  });

  it('counts the blocks a full Home leaves out', () => {
    // The notice takes the last of the 100 places, so at least two blocks are left out.
    const leftOut = (language: Language, count: number) =>
      JSON.stringify(
        capHomeBlocks(
          Array.from({ length: 99 + count }, (_, index) => section(`${index}`)),
          translator(language),
        ).at(-1),
      );
    expect(leftOut('en', 2)).toContain('_…and 2 more blocks left out._');
    expect(leftOut('pl', 5)).toContain('_…pominięto jeszcze 5 bloków._');
    expect(leftOut('pl', 22)).toContain('_…pominięto jeszcze 22 bloki._');
    expect(leftOut('ru', 2)).toContain('_…и ещё 2 блока не поместились._');
    expect(leftOut('ru', 21)).toContain('_…и ещё 21 блок не поместился._');
  });

  it('writes days in stage and lead ages in the user’s language', () => {
    const pl = JSON.stringify(buildHomeView(busyHomeData(translator('pl'))));
    expect(pl).toContain('*Analiza potrzeb*');
    expect(pl).toContain('3 dni na etapie');
    expect(pl).toContain('jeszcze bez wartości');
    expect(pl).toContain('dodany 4 dni temu');
    const ru = JSON.stringify(buildHomeView(busyHomeData(translator('ru'))));
    expect(ru).toContain('*Ваши открытые сделки* (17) по этапам');
    expect(ru).toContain('…и ещё 15: `/deal list mine`');
  });
});
