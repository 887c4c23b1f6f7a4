import { buildDigestMessage } from '../../src/digest/blocks/digestMessage';
import { buildDigestThread } from '../../src/digest/blocks/threadReplies';
import { digestCharts } from '../../src/digest/composeDigest';
import type { DigestContent } from '../../src/digest/digestContent';
import type { IcpProfile } from '../../src/domain/icpProfile';
import type { Language } from '../../src/i18n/locales';
import type { KnownBlock } from '../../src/blockKit/message';
import { digestFiguresFixture, digestStyle, PERIOD } from '../support/digestFigures';
import { leftoverPlaceholders, renderedStrings, untranslatedEnglish } from '../support/languageChecks';
import { actionItemFixture, meetingDetailsFixture, noteFixture } from '../support/meetingFixtures';

/** What a team in each language would have typed: its list labels and its clients' words. */
const TEAM_WORDS = {
  en: {
    channels: { paid_search: 'Paid search', referral: 'Referral', events: 'Events' },
    lostReasons: { price: 'Price', timing: 'Timing' },
    products: { analytics: 'Analytics', crm: 'CRM', billing: 'Billing' },
    wish: 'Export to Excel',
  },
  pl: {
    channels: { paid_search: 'Płatne wyszukiwanie', referral: 'Polecenia', events: 'Wydarzenia' },
    lostReasons: { price: 'Cena', timing: 'Zły moment' },
    products: { analytics: 'Analityka', crm: 'CRM', billing: 'Fakturowanie' },
    wish: 'Eksport do Excela',
  },
  ru: {
    channels: { paid_search: 'Платный поиск', referral: 'Рекомендации', events: 'Мероприятия' },
    lostReasons: { price: 'Цена', timing: 'Не время' },
    products: { analytics: 'Аналитика', crm: 'CRM', billing: 'Биллинг' },
    wish: 'Экспорт в Excel',
  },
} as const;

const PROFILE: IcpProfile = {
  window: { start: new Date('2026-05-26T22:00:00Z'), end: PERIOD.end, days: 180 },
  minSample: 5,
  overall: {
    leads: 60,
    wins: 12,
    reachedOffer: 20,
    averageDaysToOffer: 9,
    winRatePct: 20,
    offerRatePct: 33.3,
  },
  attributes: [],
  flags: [
    {
      kind: 'wins_outside_icp',
      attribute: 'segment',
      said: ['enterprise'],
      outside: [{ value: 'mid_market', wins: 6 }],
      outsideWins: 6,
      knownWins: 10,
    },
    {
      kind: 'high_lift_outside_icp',
      attribute: 'country',
      value: 'PL',
      lift: 2,
      wins: 5,
      leads: 12,
      winRatePct: 41.7,
      overallWinRatePct: 20,
    },
  ],
  salesReady: [
    {
      attribute: 'source',
      value: 'referral',
      leads: 22,
      reachedOffer: 15,
      offerRatePct: 68.2,
      averageDaysToOffer: 5,
    },
  ],
};

function contentIn(language: Language): DigestContent {
  const words = TEAM_WORDS[language];
  const style = digestStyle(language, 'PLN');
  const figures = digestFiguresFixture({
    currency: 'PLN',
    flow: { ...digestFiguresFixture().flow, spendMinor: { current: 1_234_500, previous: 1_000_000 } },
  });
  const labels = { channels: words.channels, lostReasons: words.lostReasons, products: words.products };
  const charts = digestCharts(figures, labels, style);
  return {
    figures,
    labels,
    style,
    images: charts.map((chart, index) =>
      index === 0
        ? { chart, url: 'https://quickchart.io/chart?c=funnel' }
        : { chart, problem: { kind: 'no_short_url', reason: 'ETIMEDOUT' } },
    ),
    feedback: [
      {
        kind: 'wish',
        total: 3,
        items: [{ text: words.wish, company: 'Acme', product: 'analytics' }],
        wishRanking: [{ product: 'analytics', clients: 2, mentions: 3 }],
      },
      { kind: 'complaint', total: 1, items: [{ text: words.wish, company: null, product: null }] },
    ],
    lostDeals: {
      total: 1,
      items: [
        {
          dealNumber: 7,
          company: 'Globex',
          reason: 'price',
          reasonText: null,
          valueMinor: null,
          currency: 'EUR',
          ownerId: 'U0000ALICE',
        },
      ],
    },
    icp: {
      written: {
        version: 3,
        sections: { industries: 'retail' },
        changedAt: new Date('2026-11-03T10:00:00Z'),
      },
      profile: PROFILE,
    },
    lastMeeting: meetingDetailsFixture({
      decisions: [noteFixture({ kpi: 'win_rate', clientName: 'Acme' })],
      actionItems: [
        actionItemFixture({ snoozedUntil: new Date('2026-12-30T00:00:00Z'), channel: 'seo' }),
        actionItemFixture({ id: 'item2', state: 'done', doneById: 'U0000BOB', doneAt: PERIOD.start }),
      ],
    }),
  };
}

/** The whole digest as posted: the parent, its thread, and each chart's config, alt text and table. */
function renderDigest(language: Language) {
  const content = contentIn(language);
  return {
    parent: buildDigestMessage(content),
    thread: buildDigestThread(content),
    charts: digestCharts(content.figures, content.labels, content.style),
  };
}

function sectionTexts(blocks: KnownBlock[]): string[] {
  return renderedStrings(blocks);
}

describe.each(['pl', 'ru'] as const)('the digest in %s', (language) => {
  const rendered = renderDigest(language);

  it('has no English catalog text and no unfilled placeholder', () => {
    expect(untranslatedEnglish(rendered, language)).toEqual([]);
    expect(leftoverPlaceholders(rendered)).toEqual([]);
  });
});

describe('the digest reads right in each language', () => {
  const [en, pl, ru] = (['en', 'pl', 'ru'] as const).map(renderDigest);

  it('would be caught if it stayed English', () => {
    expect(untranslatedEnglish(en, 'pl')).toEqual(expect.arrayContaining(['Leads created', 'Won value']));
  });

  it('heads the message with the period in the language’s month names', () => {
    expect(en?.parent.blocks[0]).toMatchObject({
      text: { text: 'Sales & marketing digest · 9–22 Nov 2026' },
    });
    expect(pl?.parent.blocks[0]).toMatchObject({
      text: { text: 'Podsumowanie sprzedaży i marketingu · 9–22 lis 2026' },
    });
    expect(ru?.parent.blocks[0]).toMatchObject({
      text: { text: 'Сводка продаж и маркетинга · 9–22 нояб. 2026' },
    });
  });

  it('writes KPI lines, money and percentages the way each language does', () => {
    expect(sectionTexts(en?.parent.blocks ?? [])).toEqual(
      expect.arrayContaining([
        '*Leads created*\n48   ↑ +8 (+20 %) :large_green_circle: better',
        '*Marketing spend*\nPLN\u00a012,345   ↑ +PLN\u00a02,345 (+23.5 %)',
      ]),
    );
    expect(sectionTexts(pl?.parent.blocks ?? [])).toEqual(
      expect.arrayContaining([
        '*Nowe leady*\n48   ↑ +8 (+20%) :large_green_circle: lepiej',
        '*Wydatki marketingowe*\n12\u00a0345\u00a0PLN   ↑ +2345\u00a0PLN (+23,5%)',
        '*Jakość leadów*\n41,7%   ↓ −13,3 p.p. :red_circle: gorzej',
      ]),
    );
    expect(sectionTexts(ru?.parent.blocks ?? [])).toEqual(
      expect.arrayContaining([
        '*Новые лиды*\n48   ↑ +8 (+20\u00a0%) :large_green_circle: лучше',
        '*Маркетинговые расходы*\n12\u00a0345\u00a0PLN   ↑ +2\u00a0345\u00a0PLN (+23,5\u00a0%)',
        '*Качество лидов*\n41,7\u00a0%   ↓ −13,3 п.п. :red_circle: хуже',
      ]),
    );
  });

  it('draws every chart in the team’s locale: numbers, percentages and money on the axes', () => {
    for (const [rendered, locale] of [
      [pl, 'pl'],
      [ru, 'ru'],
      [en, 'en'],
    ] as const) {
      for (const chart of rendered?.charts ?? [])
        expect([chart.key, chart.config.options?.locale]).toEqual([chart.key, locale]);
    }
    const axes = (rendered: typeof pl, key: string) =>
      rendered?.charts.find((chart) => chart.key === key)?.config.options?.scales as
        Record<string, { ticks?: { format?: Intl.NumberFormatOptions } }> | undefined;
    const format = (options: Intl.NumberFormatOptions | undefined, locale: string) =>
      new Intl.NumberFormat(locale, options).format(12000);
    expect(format(axes(pl, 'channels')?.y1?.ticks?.format, 'pl')).toBe('12\u00a0000\u00a0PLN');
    expect(format(axes(pl, 'trend')?.q?.ticks?.format, 'pl')).toBe('12\u00a0000%');
    expect(format(axes(ru, 'channels')?.y1?.ticks?.format, 'ru')).toBe('12\u00a0000\u00a0PLN');
  });

  it('shows a ratio with nothing to divide by as the language’s n/a', () => {
    const fields = (rendered: ReturnType<typeof renderDigest> | undefined) =>
      sectionTexts(rendered?.parent.blocks ?? []);
    expect(fields(en)).toContain('*Customer acquisition cost*\nPLN\u00a04,000   n/a');
    expect(fields(pl)).toContain('*Koszt pozyskania klienta*\n4000\u00a0PLN   b.d.');
    expect(fields(ru)).toContain('*Стоимость привлечения клиента*\n4\u00a0000\u00a0PLN   н/д');
  });

  it('dates the written ICP and the last meeting in the language', () => {
    const all = (rendered: ReturnType<typeof renderDigest> | undefined) =>
      sectionTexts(rendered?.parent.blocks ?? []).join('\n');
    // Written before the period began: unchanged since the last digest, one line.
    expect(all(pl)).toContain('*Profil idealnego klienta*: bez zmian (wersja 3, 3 lis 2026), zobacz `/icp`.');
    expect(all(ru)).toContain(
      '*Профиль идеального клиента*: без изменений (версия 3, 3 нояб. 2026), см. `/icp`.',
    );
    expect(all(pl)).toContain('odbyło się 30 lis 2026');
    expect(all(ru)).toContain('прошла 30 нояб. 2026');
  });
});

describe('the digest’s ICP data reply', () => {
  const icpLines = (language: Language) =>
    renderDigest(language)
      .thread.flatMap((reply) => sectionTexts(reply.blocks))
      .flatMap((text) => text.split('\n'))
      .filter((line) => /^• (:warning:|.*\*(Polecenia|Рекомендации)\*)/.test(line));

  it('words the flags and sales-ready traits in each language, values by the team’s labels', () => {
    expect(icpLines('pl')).toEqual([
      '• :warning: ICP wskazuje: enterprise; 6 z 10 wygranych (60%) to Średnie firmy',
      '• :warning: Polska (PL) (kraj) ma wskaźnik lift 2,0, ale nie występuje w ICP (wygrane 5 z 12 leadów, 42% wobec 20% ogółem)',
      '• Kanał pozyskania *Polecenia*: 68% z 22 leadów doszło do oferty, średnio w 5 dni',
    ]);
    expect(icpLines('ru')).toEqual([
      '• :warning: В ICP: enterprise; но 6 из 10 выигранных сделок (60\u00a0%) — это Средний бизнес',
      '• :warning: Польша (PL) (страна): лифт 2,0, но этого нет в ICP (выиграно 5 из 12 лидов, 42\u00a0% против 20\u00a0% в целом)',
      '• Канал привлечения *Рекомендации*: 68\u00a0% из 22 лидов дошли до предложения, в среднем за 5 дней',
    ]);
  });
});

describe('counts with a noun take the plural form their number needs', () => {
  const fallbackLeads = (language: Language, count: number) => {
    const content = contentIn(language);
    const flow = { ...content.figures.flow, leadsCreated: { current: count, previous: 0 } };
    const text = buildDigestMessage({ ...content, figures: { ...content.figures, flow } }).text;
    return text.split(': ')[1]?.split(', ')[0];
  };
  const counts = [1, 2, 5, 22];

  it.each([
    ['en', ['1 lead', '2 leads', '5 leads', '22 leads']],
    ['pl', ['1 nowy lead', '2 nowe leady', '5 nowych leadów', '22 nowe leady']],
    ['ru', ['1 новый лид', '2 новых лида', '5 новых лидов', '22 новых лида']],
  ] as const)('in %s, in the digest’s headline', (language, expected) => {
    expect(counts.map((count) => fallbackLeads(language, count))).toEqual(expected);
  });
});
