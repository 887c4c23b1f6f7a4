import type { DigestFormat } from '../../src/digest/format';
import type { Comparison, DigestFigures, ReportingPeriod } from '../../src/domain/digestFigures';
import { createTranslator } from '../../src/i18n/translator';

/** Hand-made digest figures for builder tests: the fortnight 9–22 Nov 2026 in Warsaw, in EUR cents. */
export const PERIOD: ReportingPeriod = {
  start: new Date('2026-11-08T23:00:00Z'),
  end: new Date('2026-11-22T23:00:00Z'),
  timeZone: 'Europe/Warsaw',
};

export const PREVIOUS_PERIOD: ReportingPeriod = {
  start: new Date('2026-10-25T23:00:00Z'),
  end: new Date('2026-11-08T23:00:00Z'),
  timeZone: 'Europe/Warsaw',
};

const c = (current: number | null, previous: number | null): Comparison => ({ current, previous });

function fortnightBefore(period: ReportingPeriod, count: number): ReportingPeriod {
  const shift = count * 14 * 86_400_000;
  return {
    start: new Date(period.start.getTime() - shift),
    end: new Date(period.end.getTime() - shift),
    timeZone: period.timeZone,
  };
}

export function digestFiguresFixture(overrides: Partial<DigestFigures> = {}): DigestFigures {
  return {
    period: PERIOD,
    previousPeriod: PREVIOUS_PERIOD,
    currency: 'EUR',
    flow: {
      leadsCreated: c(48, 40),
      leadsQualified: c(20, 22),
      winsWithoutDiscount: c(0, 0),
      winsWithoutValue: c(0, 0),
      stageEntries: {
        LEAD: c(48, 40),
        QUALIFIED: c(20, 22),
        DISCOVERY: c(12, 10),
        OFFER: c(8, 9),
        NEGOTIATION: c(5, 4),
        WON: c(4, 3),
        LOST: c(3, 5),
      },
      offersSent: c(8, 9),
      wins: c(4, 3),
      losses: c(3, 5),
      wonValueMinor: c(5_600_000, 5_000_000),
      lostValueMinor: c(2_100_000, 3_000_000),
      spendMinor: c(1_200_000, 1_000_000),
    },
    kpis: {
      leadQualityPct: c(41.7, 55),
      costPerLeadMinor: c(25_000, 25_000),
      customerAcquisitionCostMinor: c(400_000, null),
      newCustomers: c(3, 0),
      repeatCustomers: c(1, 3),
      winRatePct: c(57.1, 37.5),
      offerAcceptancePct: c(57.1, null),
      discoveryToOfferPct: c(60, 50),
      averageOfferValueMinor: c(1_500_000, 1_400_000),
      averageDiscountPct: c(7.5, 5),
      keptSharePct: c(93.3, 95),
      averageDaysToClose: c(38.5, 41),
      averageDaysLeadToCustomer: c(52, 60),
      negotiationSuccessPct: c(50, 40),
      averageOfferPreparationDays: c(4.2, 6),
      averageNegotiationRounds: c(1.5, 2),
      averageNegotiationDays: c(9.5, 12),
      averageDaysToQualify: c(3.2, 4),
      positiveFeedback: c(6, 4),
    },
    funnel: {
      cohortStart: new Date('2026-08-30T22:00:00Z'),
      cohortEnd: PERIOD.end,
      stages: [
        { stage: 'LEAD', reached: 240, stepConversionPct: null, overallConversionPct: 100 },
        { stage: 'QUALIFIED', reached: 120, stepConversionPct: 50, overallConversionPct: 50 },
        { stage: 'DISCOVERY', reached: 60, stepConversionPct: 50, overallConversionPct: 25 },
        { stage: 'OFFER', reached: 36, stepConversionPct: 60, overallConversionPct: 15 },
        { stage: 'NEGOTIATION', reached: 24, stepConversionPct: 66.7, overallConversionPct: 10 },
        { stage: 'WON', reached: 12, stepConversionPct: 50, overallConversionPct: 5 },
      ],
    },
    channels: [
      {
        channel: 'paid_search',
        leads: 20,
        spendMinor: 600_000,
        costPerLeadMinor: 30_000,
        qualifiedPct: 40,
        wins: 2,
        wonValueMinor: 2_600_000,
        olderLeadWins: 1,
        olderLeadWonValueMinor: 1_000_000,
        cohort: { leads: 50, qualifiedPct: 40, wonPct: 8, wonValueMinor: 5_200_000, spendMinor: 1_200_000 },
        returnOnSpend: 4.3,
      },
      {
        channel: 'referral',
        leads: 12,
        spendMinor: 0,
        costPerLeadMinor: 0,
        qualifiedPct: 75,
        wins: 2,
        wonValueMinor: 3_000_000,
        olderLeadWins: 0,
        olderLeadWonValueMinor: 0,
        cohort: { leads: 30, qualifiedPct: 70, wonPct: 10, wonValueMinor: 6_000_000, spendMinor: 0 },
        returnOnSpend: null,
      },
      {
        channel: 'events',
        leads: 16,
        spendMinor: 600_000,
        costPerLeadMinor: 37_500,
        qualifiedPct: 25,
        wins: 0,
        wonValueMinor: 0,
        olderLeadWins: 0,
        olderLeadWonValueMinor: 0,
        cohort: { leads: 40, qualifiedPct: 25, wonPct: 0, wonValueMinor: 0, spendMinor: 1_200_000 },
        returnOnSpend: 0,
      },
    ],
    lostReasons: [
      { reason: 'price', count: 2, valueMinor: 1_500_000 },
      { reason: 'timing', count: 1, valueMinor: 600_000 },
    ],
    products: [
      { product: 'analytics', wins: 3, wonValueMinor: 4_100_000 },
      { product: 'crm', wins: 1, wonValueMinor: 1_500_000 },
    ],
    leadingProduct: 'analytics',
    priorityProductsWithoutDemand: ['billing'],
    reps: [
      { userId: 'U0000ALICE', leads: 30, discoveryMeetings: 8, offers: 5, wins: 3 },
      { userId: 'U00000BOB', leads: 18, discoveryMeetings: 4, offers: 3, wins: 1 },
    ],
    trend: [5, 4, 3, 2, 1, 0].map((back, index) => ({
      period: fortnightBefore(PERIOD, back),
      leads: [30, 34, 38, 36, 40, 48][index] ?? 0,
      leadQualityPct: [50, 48, null, 52, 55, 41.7][index] ?? null,
      wonValueMinor: [2_000_000, 3_000_000, 2_500_000, 4_000_000, 5_000_000, 5_600_000][index] ?? 0,
    })),
    leftOut: [],
    ...overrides,
  };
}

/** How the fixture team writes its digest: in `locale`, cut in Warsaw time, in `currency`. */
export function digestStyle(locale = 'en', currency = 'EUR'): DigestFormat {
  return { t: createTranslator(locale), timeZone: 'Europe/Warsaw', currency };
}

export const FIXTURE_LABELS = {
  channels: { paid_search: 'Paid search', referral: 'Referral', events: 'Events' },
  lostReasons: { price: 'Price', timing: 'Timing' },
  products: { analytics: 'Analytics', crm: 'CRM', billing: 'Billing' },
};
