import type { Comparison, DigestFigures } from '../../../src/domain/digestFigures';
import { formatPeriodRange, parsePeriod } from '../../../src/domain/periods';
import { createStore } from '../../../src/store';
import { computeDigestFigures } from '../../../src/store/readModel/metrics';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';
import { ALICE, BOB, CAROL, CURRENCY, seedDigestFixture, TIME_ZONE } from './digestFixture';

// Every expected number below is worked out by hand from the rows in digestFixture.ts
// (definitions: docs/METRICS.md). P = 2026-11-02..15 (reported), Q = 2026-10-19..11-01 (previous).

let database: TestDatabase;
let teamId: string;
let figures: DigestFigures;

function period(text: string) {
  const parsed = parsePeriod(text, TIME_ZONE);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ teamId } = await seedDigestFixture(database.prisma));
  figures = await computeDigestFigures(database, {
    teamId,
    period: period('2026-11-02..2026-11-15'),
    currency: CURRENCY,
  });
});

afterAll(async () => {
  await database.destroy();
});

/** Both values of a comparison, floats to 6 decimals. */
function expectComparison(actual: Comparison, current: number | null, previous: number | null) {
  for (const [value, expected] of [
    [actual.current, current],
    [actual.previous, previous],
  ] as const) {
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 6);
  }
}

it('reports the period and the equally long one before it, in Warsaw time', () => {
  expect(figures.period.start.toISOString()).toBe('2026-11-01T23:00:00.000Z');
  expect(figures.period.end.toISOString()).toBe('2026-11-15T23:00:00.000Z');
  // Q starts in summer time (CEST) and ends in winter time.
  expect(figures.previousPeriod.start.toISOString()).toBe('2026-10-18T22:00:00.000Z');
  expect(figures.previousPeriod.end.toISOString()).toBe('2026-11-01T23:00:00.000Z');
  expect(figures.currency).toBe('PLN');
});

it('counts the flow, with local-midnight boundaries', () => {
  const { flow } = figures;
  // P: Acme (created at P's first midnight), Globex, Initech, Umbrella, Soylent, Hooli (last ms of P);
  //    Next Corp at the next midnight is out. Q: Acme, Tyrell, Stark, Wayne (23:59 on 1 Nov).
  expectComparison(flow.leadsCreated, 6, 4);
  // Leads created in the period and qualified by its end (lead quality's set). P: Acme, Globex,
  // Initech, Soylent. Q: Acme, Tyrell, Stark — Wayne, created in Q, was qualified at 00:00 on 2 Nov,
  // P's first instant, so after Q's end.
  expectComparison(flow.leadsQualified, 4, 3);
  // Entries (the `update` row after Acme's win is none). P: LEAD Acme, Globex, Initech, Umbrella;
  // QUALIFIED Acme, Initech, Soylent; DISCOVERY Wayne (at 00:00), Acme, Initech; OFFER Acme (reopened),
  // Acme, Globex, Initech; NEGOTIATION Cyberdyne (reopened), Acme, Initech; WON Acme ×2, Soylent;
  // LOST Initech, Umbrella. Q: LEAD Acme, Wayne; QUALIFIED Acme, Stark; DISCOVERY Oldco, Stark;
  // OFFER Oldco, Acme, Stark; NEGOTIATION Oldco, Stark; WON Oldco, Stark; LOST Acme (later reopened).
  expectComparison(flow.stageEntries.LEAD, 4, 2);
  expectComparison(flow.stageEntries.QUALIFIED, 3, 2);
  expectComparison(flow.stageEntries.DISCOVERY, 3, 2);
  expectComparison(flow.stageEntries.OFFER, 4, 3);
  expectComparison(flow.stageEntries.NEGOTIATION, 3, 2);
  expectComparison(flow.stageEntries.WON, 3, 2);
  expectComparison(flow.stageEntries.LOST, 2, 1);
  // First offers. P: Acme 100000, Globex 50000, Initech 40000 (Acme's reopened deal offered in Q).
  // Q: Oldco 80000, Acme 30000, Stark (USD).
  expectComparison(flow.offersSent, 3, 3);
  // Outcomes now. P wins: Acme 90000, Acme (reopened) 28000, Soylent 20000; losses: Initech 40000,
  // Umbrella (no value). Q wins: Oldco 76000, Stark (USD, no PLN value); Acme's loss was undone.
  expectComparison(flow.wins, 3, 2);
  expectComparison(flow.losses, 2, 0);
  expectComparison(flow.wonValueMinor, 138000, 76000);
  expectComparison(flow.lostValueMinor, 40000, 0);
  // P: paid_search 100000 over 1–30 Nov, days 2..15 → ⌊100000·15/30⌋ − ⌊100000·1/30⌋ = 50000 − 3333
  //    = 46667; events 70001 over 9–15 Nov, all 7 days → 70001; EUR spend left out → 116668.
  // Q: the same paid_search row, day 1 Nov → 3333; paid_search 31000 over October, days 19–31 →
  //    31000 − ⌊31000·18/31⌋ = 13000; the 5–18 Oct row ends before Q → 16333.
  expectComparison(flow.spendMinor, 116668, 16333);
});

it('computes every KPI for both periods, n/a where nothing divides', () => {
  const { kpis } = figures;
  // Qualified by the period's end: Acme, Globex, Initech, Soylent of 6 | Acme, Tyrell, Stark of 4.
  expectComparison(kpis.leadQualityPct, (4 / 6) * 100, (3 / 4) * 100);
  expectComparison(kpis.costPerLeadMinor, Math.round(116668 / 6), Math.round(16333 / 4)); // 19445 | 4083
  // New customers: Soylent in P; Oldco and Stark in Q. Acme's first win was 15 Sep, so it repeats in P.
  expectComparison(kpis.newCustomers, 1, 2);
  expectComparison(kpis.repeatCustomers, 1, 0);
  expectComparison(kpis.customerAcquisitionCostMinor, 116668, 8167); // 16333 / 2 = 8166.5
  expectComparison(kpis.winRatePct, 60, 100); // 3 / 5 | 2 / 2
  // Decided deals that made an offer (entered OFFER or NEGOTIATION). P: Acme and Acme (reopened)
  // won, Initech lost; Soylent skipped OFFER straight to WON and Umbrella was lost from LEAD, so
  // neither had an offer to accept → 2 / 3. Q: Oldco and Stark won → 2 / 2.
  expectComparison(kpis.offerAcceptancePct, (2 / 3) * 100, 100);
  expectComparison(kpis.averageOfferValueMinor, 63333, 55000); // 190000 / 3 | (80000 + 30000) / 2
  expectComparison(kpis.averageDiscountPct, 7.5, 2.5); // (10 + 5) / 2 | (5 + 0) / 2
  // Soylent's win has no discount: left out of P's average and counted here. Q: both have one.
  expectComparison(figures.flow.winsWithoutDiscount, 1, 0);
  // Σ won ÷ Σ first offer. P: (90000 + 28000) / (100000 + 30000); Soylent had no offer. Q: 76000 / 80000.
  expectComparison(kpis.keptSharePct, (118000 / 130000) * 100, 95);
  // Sales cycle, the deal's first stage change → WON. P: Acme 2 Nov 09:00 → 12 Nov 10:00 = 10 d 1 h;
  // Acme (reopened) 20 Oct 11:00 → 4 Nov 10:00 across the DST change = 15 d 0 h; Soylent 3 Nov
  // 10:00 → 9 Nov 10:00 = 6 d → (31 + 1/24) / 3. Q: Oldco 1 Jul → 27 Oct = 118 d; Stark 25 Oct
  // 13:00 (after the change) → 30 Oct 10:00 = 4 d 21 h → (118 + 4 + 21/24) / 2.
  expectComparison(kpis.averageDaysToClose, (31 + 1 / 24) / 3, (118 + 4 + 21 / 24) / 2);
  // Lead to customer, the lead's creation → WON. P: Acme 10 d 10 h, Acme 15 d 1 h, Soylent 6 d 1 h
  // → 31.5 / 3. Q: Oldco 118 d, Stark 4 d 22 h (created on the DST day) → 122.916… / 2.
  expectComparison(kpis.averageDaysLeadToCustomer, 10.5, (118 + 4 + 22 / 24) / 2);
  // DISCOVERY → first OFFER. P: Acme 2 d, Initech 1 d (Globex skipped DISCOVERY). Q: Oldco 1.5 d, Stark 2 d.
  expectComparison(kpis.averageOfferPreparationDays, 1.5, 1.75);
  expectComparison(kpis.averageNegotiationRounds, 1.5, 2.5); // Acme 2, Initech 1 | Oldco 2, Stark 3
  // Decided after entering NEGOTIATION: Acme won, Initech lost (Acme reopened and Soylent never
  // negotiated) → 1 / 2 | Oldco and Stark won → 2 / 2.
  expectComparison(kpis.negotiationSuccessPct, 50, 100);
  expectComparison(kpis.positiveFeedback, 2, 1); // 3 Nov, 15 Nov 23:30 | 30 Oct; 16 Nov 00:00 is out
});

it('builds the 12-week cohort funnel ending at the period end', () => {
  // Cohort: leads created 24 Aug – 15 Nov (Oldco in July and Next Corp on 16 Nov are out): 12 leads.
  // Highest stage by 16 Nov 00:00: Acme (Sep) WON, Cyberdyne WON (reopened, but it reached WON),
  // Acme (Oct) WON, Stark WON, Tyrell QUALIFIED (no deal), Wayne DISCOVERY, Acme (Nov) WON,
  // Globex OFFER (its NEGOTIATION on 17 Nov is later), Initech NEGOTIATION (then lost),
  // Umbrella and Hooli LEAD, Soylent WON (skips count as reached).
  expect(figures.funnel.cohortStart.toISOString()).toBe('2026-08-23T22:00:00.000Z');
  expect(figures.funnel.cohortEnd.toISOString()).toBe('2026-11-15T23:00:00.000Z');
  const stages = figures.funnel.stages;
  expect(stages.map((stage) => [stage.stage, stage.reached])).toEqual([
    ['LEAD', 12],
    ['QUALIFIED', 10],
    ['DISCOVERY', 9],
    ['OFFER', 8],
    ['NEGOTIATION', 7],
    ['WON', 6],
  ]);
  const step = [100, 10 / 12, 9 / 10, 8 / 9, 7 / 8, 6 / 7].map((share, index) =>
    index === 0 ? share : share * 100,
  );
  const overall = [12, 10, 9, 8, 7, 6].map((reached) => (reached / 12) * 100);
  stages.forEach((stage, index) => {
    expect(stage.stepConversionPct).toBeCloseTo(step[index]!, 6);
    expect(stage.overallConversionPct).toBeCloseTo(overall[index]!, 6);
  });
});

it('names the money of the period it could not convert for want of a rate', () => {
  // paid_social's EUR 500.00 over 10–19 Nov (10 days); P covers 10–15 Nov, days [0, 6):
  // ⌊50000 × 6 ÷ 10⌋ − ⌊50000 × 0 ÷ 10⌋ = 30000 EUR cents, with no EUR rate.
  expect(figures.leftOut).toEqual([{ figure: 'spendMinor', currency: 'EUR', amountMinor: 30000 }]);
});

it('breaks the period down by channel, with n/a cost per lead where nothing was spent or no lead came', () => {
  expect(figures.channels).toEqual([
    {
      channel: 'paid_search',
      leads: 3,
      spendMinor: 46667,
      costPerLeadMinor: 15556, // 46667 / 3 = 15555.67
      qualifiedPct: 100,
      wins: 2, // Acme 90000, Soylent 20000
      wonValueMinor: 110000,
      olderLeadWins: 0,
      olderLeadWonValueMinor: 0,
      // The 12 weeks to 16 Nov: 4 paid search leads, all qualified, 3 won (110000); spend
      // ⌊100000 · 15 ÷ 30⌋ (1–15 Nov of the November row) + 31000 + 14000 = 95000.
      cohort: { leads: 4, qualifiedPct: 100, wonPct: 75, wonValueMinor: 110000, spendMinor: 95000 },
      returnOnSpend: 110000 / 95000,
    },
    {
      channel: '(no source)',
      leads: 1,
      spendMinor: 0,
      costPerLeadMinor: null,
      qualifiedPct: 0,
      wins: 0,
      wonValueMinor: 0,
      olderLeadWins: 0,
      olderLeadWonValueMinor: 0,
      cohort: { leads: 2, qualifiedPct: 50, wonPct: 0, wonValueMinor: 0, spendMinor: 0 },
      returnOnSpend: null,
    },
    {
      channel: 'referral',
      leads: 1,
      spendMinor: 0,
      costPerLeadMinor: null,
      qualifiedPct: 0,
      wins: 0,
      wonValueMinor: 0,
      olderLeadWins: 0,
      olderLeadWonValueMinor: 0,
      cohort: { leads: 2, qualifiedPct: 50, wonPct: 50, wonValueMinor: 60000, spendMinor: 0 },
      returnOnSpend: null,
    },
    {
      channel: 'seo',
      leads: 1,
      spendMinor: 0,
      costPerLeadMinor: null,
      qualifiedPct: 100,
      wins: 0,
      wonValueMinor: 0,
      olderLeadWins: 0,
      olderLeadWonValueMinor: 0,
      cohort: { leads: 2, qualifiedPct: 100, wonPct: 0, wonValueMinor: 0, spendMinor: 0 },
      returnOnSpend: null,
    },
    // The reopened Acme deal came from an October email lead.
    {
      channel: 'email',
      leads: 0,
      spendMinor: 0,
      costPerLeadMinor: null,
      qualifiedPct: null,
      wins: 1,
      wonValueMinor: 28000,
      olderLeadWins: 0,
      olderLeadWonValueMinor: 0,
      cohort: { leads: 1, qualifiedPct: 100, wonPct: 100, wonValueMinor: 28000, spendMinor: 0 },
      returnOnSpend: null,
    },
    {
      channel: 'events',
      leads: 0,
      spendMinor: 70001,
      costPerLeadMinor: null,
      qualifiedPct: null,
      wins: 0,
      wonValueMinor: 0,
      olderLeadWins: 0,
      olderLeadWonValueMinor: 0,
      cohort: { leads: 0, qualifiedPct: null, wonPct: null, wonValueMinor: 0, spendMinor: 70001 },
      returnOnSpend: 0,
    },
    // Its only activity is EUR spend with no rate: listed, with what it left out named by the KPI.
    {
      channel: 'paid_social',
      leads: 0,
      spendMinor: 0,
      costPerLeadMinor: null,
      qualifiedPct: null,
      wins: 0,
      wonValueMinor: 0,
      olderLeadWins: 0,
      olderLeadWonValueMinor: 0,
      cohort: { leads: 1, qualifiedPct: 100, wonPct: 0, wonValueMinor: 0, spendMinor: 0 },
      returnOnSpend: null,
    },
  ]);
});

it('lists lost reasons, products with the leader, idle priority products and reps', () => {
  expect(figures.lostReasons).toEqual([
    { reason: 'price', count: 1, valueMinor: 40000 },
    { reason: '(no reason)', count: 1, valueMinor: 0 },
  ]);
  // Products as the keys of the team's list ("Analytics" is the label of `analytics`, "CRM" of `crm`),
  // else as typed without outer spaces (Soylent's " Widgets "). Billing had neither a new lead nor a moving deal in P (the other team's Billing lead
  // does not count); the archived "Support plan" is not a priority.
  expect(figures.products).toEqual([
    { product: 'analytics', wins: 1, wonValueMinor: 90000 },
    { product: 'crm', wins: 1, wonValueMinor: 28000 },
    { product: 'Widgets', wins: 1, wonValueMinor: 20000 },
  ]);
  expect(figures.leadingProduct).toBe('analytics');
  expect(figures.priorityProductsWithoutDemand).toEqual(['billing']);
  // Leads by lead owner; discovery entries, first offers and wins by deal owner.
  expect(figures.reps).toEqual([
    { userId: ALICE, leads: 3, discoveryMeetings: 2, offers: 2, wins: 2 },
    { userId: CAROL, leads: 0, discoveryMeetings: 0, offers: 0, wins: 1 },
    { userId: BOB, leads: 3, discoveryMeetings: 1, offers: 1, wins: 0 },
  ]);
});

it('gives the trend of six periods, oldest first', () => {
  expect(
    figures.trend.map((point) => [
      formatPeriodRange(point.period),
      point.leads,
      point.leadQualityPct,
      point.wonValueMinor,
    ]),
  ).toEqual([
    ['2026-08-24..2026-09-06', 1, 100, 0], // Acme (Sep)
    ['2026-09-07..2026-09-20', 0, null, 60000], // Acme's first win
    ['2026-09-21..2026-10-04', 0, null, 0],
    ['2026-10-05..2026-10-18', 1, 100, 0], // Cyberdyne, whose 8 Oct win was reopened
    ['2026-10-19..2026-11-01', 4, 75, 76000], // Wayne qualified at P's first instant: 3 of 4 by Q's end
    ['2026-11-02..2026-11-15', 6, (4 / 6) * 100, 138000],
  ]);
});

it('gives n/a for every ratio of a team with no data', async () => {
  const empty = await database.prisma.team.create({ data: { slackTeamId: 'T_EMPTY' } });
  const none = await computeDigestFigures(database, {
    teamId: empty.id,
    period: period('2026-11-02..2026-11-15'),
    currency: 'EUR',
  });
  for (const kpi of [
    'leadQualityPct',
    'costPerLeadMinor',
    'customerAcquisitionCostMinor',
    'winRatePct',
    'keptSharePct',
  ] as const) {
    expectComparison(none.kpis[kpi], null, null);
  }
  expectComparison(none.kpis.averageDaysToClose, null, null);
  expectComparison(none.kpis.averageDaysLeadToCustomer, null, null);
  expectComparison(none.kpis.newCustomers, 0, 0);
  expect(none.funnel.stages.every((stage) => stage.reached === 0 && stage.stepConversionPct === null)).toBe(
    true,
  );
  expect([none.channels, none.products, none.reps, none.lostReasons]).toEqual([[], [], [], []]);
  expect(none.leadingProduct).toBeNull();
});

it('is reachable from the Store with the team’s own currency', async () => {
  const store = createStore(database);
  const viaStore = await store.metrics.digestFigures(teamId, period('2026-11-02..2026-11-15'));
  expect(viaStore).toEqual(figures);
});

it('uses a custom cohort length', async () => {
  const fourWeeks = await computeDigestFigures(database, {
    teamId,
    period: period('2026-11-02..2026-11-15'),
    currency: CURRENCY,
    cohortWeeks: 4,
  });
  // 19 Oct – 15 Nov: Acme (Oct), Stark, Tyrell, Wayne and the six P leads.
  expect(fourWeeks.funnel.stages[0]?.reached).toBe(10);
  await expect(
    computeDigestFigures(database, {
      teamId,
      period: period('2026-11-02..2026-11-15'),
      currency: CURRENCY,
      cohortWeeks: 0,
    }),
  ).rejects.toThrow('cohortWeeks');
});
