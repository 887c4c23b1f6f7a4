import { NO_PRODUCT } from '../../src/domain/digestFigures';
import {
  assembleDigestFigures,
  compareFigures,
  costPer,
  type DigestAggregates,
  type PeriodAggregates,
  percentage,
  ratio,
} from '../../src/domain/kpis';
import { lastPeriods, parsePeriod } from '../../src/domain/periods';

describe('ratios', () => {
  it('divides, and gives n/a (null) for a zero or unknown denominator', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(3, null)).toBeNull();
    expect(percentage(1, 8)).toBe(12.5);
    expect(percentage(1, 0)).toBeNull();
  });

  it('costs per unit in whole minor units, n/a with nothing bought or nothing spent', () => {
    expect(costPer(10000, 3)).toBe(3333);
    expect(costPer(20000, 3)).toBe(6667);
    expect(costPer(10000, 0)).toBeNull();
    expect(costPer(0, 5)).toBeNull();
  });
});

describe('compareFigures', () => {
  it('gives the absolute and relative change', () => {
    expect(compareFigures({ current: 12, previous: 8 })).toEqual({ absolute: 4, percent: 50 });
    expect(compareFigures({ current: 6, previous: 8 })).toEqual({ absolute: -2, percent: -25 });
    expect(compareFigures({ current: 8, previous: 8 })).toEqual({ absolute: 0, percent: 0 });
  });

  it('has no % change from zero, and no change at all from or to n/a', () => {
    expect(compareFigures({ current: 5, previous: 0 })).toEqual({ absolute: 5, percent: null });
    expect(compareFigures({ current: 0, previous: 0 })).toEqual({ absolute: 0, percent: null });
    expect(compareFigures({ current: 5, previous: null })).toEqual({ absolute: null, percent: null });
    expect(compareFigures({ current: null, previous: 5 })).toEqual({ absolute: null, percent: null });
  });
});

const NO_COHORT = {
  olderWins: 0,
  olderWonValueMinor: 0,
  cohortLeads: 0,
  cohortQualified: 0,
  cohortWonLeads: 0,
  cohortWonValueMinor: 0,
  cohortSpendMinor: 0,
};

const EMPTY: PeriodAggregates = {
  leadsCreated: 0,
  leadsCreatedQualified: 0,
  stageEntries: { LEAD: 0, QUALIFIED: 0, DISCOVERY: 0, OFFER: 0, NEGOTIATION: 0, WON: 0, LOST: 0 },
  offersSent: 0,
  averageOfferValueMinor: null,
  averageOfferPreparationDays: null,
  wins: 0,
  losses: 0,
  wonValueMinor: 0,
  lostValueMinor: 0,
  decidedAfterOffer: 0,
  wonAfterOffer: 0,
  averageDiscountPct: null,
  keptWonValueMinor: 0,
  keptOfferValueMinor: 0,
  averageDaysToClose: null,
  averageDaysLeadToCustomer: null,
  winsWithoutDiscount: 0,
  winsWithoutValue: 0,
  decidedAfterNegotiation: 0,
  wonAfterNegotiation: 0,
  averageNegotiationRounds: null,
  averageNegotiationDays: null,
  averageDaysToQualify: null,
  discoveryDeals: 0,
  discoveryDealsWithOffer: 0,
  newCustomers: 0,
  repeatCustomers: 0,
  spendMinor: 0,
  positiveFeedback: 0,
};

function aggregates(
  current: Partial<PeriodAggregates>,
  previous: Partial<PeriodAggregates>,
): DigestAggregates {
  const parsed = parsePeriod('2026-11-02..2026-11-15', 'Europe/Warsaw');
  if (!parsed.ok) throw new Error('period');
  const periods = lastPeriods(parsed.value, 6);
  return {
    currency: 'PLN',
    periods: periods.map((period, index) => ({
      period,
      figures: { ...EMPTY, ...(index === 5 ? current : index === 4 ? previous : {}) },
    })),
    funnel: {
      cohortStart: periods[0]!.start,
      cohortEnd: parsed.value.end,
      reached: { LEAD: 20, QUALIFIED: 10, DISCOVERY: 8, OFFER: 4, NEGOTIATION: 4, WON: 1 },
    },
    channels: [
      { channel: 'seo', leads: 4, qualifiedLeads: 1, spendMinor: 0, wins: 0, wonValueMinor: 0, ...NO_COHORT },
      {
        channel: 'paid_search',
        leads: 4,
        qualifiedLeads: 3,
        spendMinor: 10000,
        wins: 1,
        wonValueMinor: 25000,
        ...NO_COHORT,
        olderWins: 1,
        olderWonValueMinor: 5000,
        cohortLeads: 8,
        cohortQualified: 2,
        cohortWonLeads: 1,
        cohortWonValueMinor: 20000,
        cohortSpendMinor: 16000,
      },
      {
        channel: 'events',
        leads: 0,
        qualifiedLeads: 0,
        spendMinor: 5000,
        wins: 0,
        wonValueMinor: 0,
        ...NO_COHORT,
        cohortSpendMinor: 5000,
      },
    ],
    lostReasons: [
      { reason: 'timing', count: 1, valueMinor: 100 },
      { reason: 'price', count: 3, valueMinor: 50 },
      { reason: 'competitor', count: 1, valueMinor: 900 },
    ],
    products: [
      { product: NO_PRODUCT, wins: 3, wonValueMinor: 90000 },
      { product: 'crm', wins: 1, wonValueMinor: 20000 },
      { product: 'analytics', wins: 2, wonValueMinor: 20000 },
    ],
    priorityProductsWithoutDemand: ['billing'],
    reps: [
      { userId: 'U_B', leads: 5, discoveryMeetings: 2, offers: 1, wins: 1 },
      { userId: 'U_A', leads: 1, discoveryMeetings: 0, offers: 3, wins: 1 },
      { userId: 'U_C', leads: 9, discoveryMeetings: 0, offers: 0, wins: 2 },
    ],
    leftOut: [],
  };
}

describe('assembleDigestFigures', () => {
  const figures = assembleDigestFigures(
    aggregates(
      {
        leadsCreated: 8,
        leadsCreatedQualified: 4,
        wins: 3,
        losses: 1,
        decidedAfterOffer: 4,
        wonAfterOffer: 3,
        keptWonValueMinor: 9000,
        keptOfferValueMinor: 10000,
        newCustomers: 2,
        spendMinor: 15000,
        averageOfferValueMinor: 1234.5,
        wonValueMinor: 45000,
      },
      { leadsCreated: 0, wins: 0, losses: 0, spendMinor: 15000 },
    ),
  );

  it('pairs each KPI with the previous period, n/a where nothing divides', () => {
    expect(figures.kpis.leadQualityPct).toEqual({ current: 50, previous: null });
    expect(figures.kpis.costPerLeadMinor).toEqual({ current: 1875, previous: null });
    expect(figures.kpis.customerAcquisitionCostMinor).toEqual({ current: 7500, previous: null });
    expect(figures.kpis.winRatePct).toEqual({ current: 75, previous: null });
    expect(figures.kpis.offerAcceptancePct).toEqual({ current: 75, previous: null });
    expect(figures.kpis.keptSharePct).toEqual({ current: 90, previous: null });
    expect(figures.kpis.averageOfferValueMinor).toEqual({ current: 1235, previous: null });
    expect(figures.flow.leadsCreated).toEqual({ current: 8, previous: 0 });
    expect(figures.flow.stageEntries.LOST).toEqual({ current: 0, previous: 0 });
  });

  it('derives step and overall funnel conversion', () => {
    expect(
      figures.funnel.stages.map((stage) => [stage.stepConversionPct, stage.overallConversionPct]),
    ).toEqual([
      [100, 100],
      [50, 50],
      [80, 40],
      [50, 20],
      [100, 20],
      [25, 5],
    ]);
  });

  it('derives channel cost per lead, qualified share and return on spend', () => {
    expect(figures.channels).toEqual([
      {
        channel: 'paid_search',
        leads: 4,
        spendMinor: 10000,
        costPerLeadMinor: 2500,
        qualifiedPct: 75,
        wins: 1,
        wonValueMinor: 25000,
        olderLeadWins: 1,
        olderLeadWonValueMinor: 5000,
        // Cohort: 2 of 8 leads qualified, 1 won; 20000 won ÷ 16000 spent.
        cohort: { leads: 8, qualifiedPct: 25, wonPct: 12.5, wonValueMinor: 20000, spendMinor: 16000 },
        returnOnSpend: 1.25,
      },
      {
        channel: 'seo',
        leads: 4,
        spendMinor: 0,
        costPerLeadMinor: null,
        qualifiedPct: 25,
        wins: 0,
        wonValueMinor: 0,
        olderLeadWins: 0,
        olderLeadWonValueMinor: 0,
        cohort: { leads: 0, qualifiedPct: null, wonPct: null, wonValueMinor: 0, spendMinor: 0 },
        returnOnSpend: null,
      },
      {
        channel: 'events',
        leads: 0,
        spendMinor: 5000,
        costPerLeadMinor: null,
        qualifiedPct: null,
        wins: 0,
        wonValueMinor: 0,
        olderLeadWins: 0,
        olderLeadWonValueMinor: 0,
        cohort: { leads: 0, qualifiedPct: null, wonPct: null, wonValueMinor: 0, spendMinor: 5000 },
        returnOnSpend: 0,
      },
    ]);
  });

  it('orders the lists and picks a leading product that has a name', () => {
    expect(figures.lostReasons.map((row) => row.reason)).toEqual(['price', 'competitor', 'timing']);
    expect(figures.products.map((row) => row.product)).toEqual([NO_PRODUCT, 'analytics', 'crm']);
    expect(figures.leadingProduct).toBe('analytics');
    expect(figures.reps.map((row) => row.userId)).toEqual(['U_C', 'U_A', 'U_B']);
    expect(figures.priorityProductsWithoutDemand).toEqual(['billing']);
  });

  it('lists six trend points ending with the period, and names the previous period', () => {
    expect(figures.trend).toHaveLength(6);
    expect(figures.trend.at(-1)).toMatchObject({
      period: figures.period,
      leads: 8,
      leadQualityPct: 50,
      wonValueMinor: 45000,
    });
    expect(figures.trend.at(-2)).toMatchObject({
      period: figures.previousPeriod,
      leads: 0,
      leadQualityPct: null,
    });
  });

  it('has no leading product without a named product that won', () => {
    const onlyUnnamed = aggregates({}, {});
    onlyUnnamed.products = [{ product: NO_PRODUCT, wins: 2, wonValueMinor: 100 }];
    expect(assembleDigestFigures(onlyUnnamed).leadingProduct).toBeNull();
  });
});
