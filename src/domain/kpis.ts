import type {
  ChannelFigures,
  Comparison,
  DigestFigures,
  FunnelFigures,
  LeftOutMoney,
  LostReasonFigures,
  ProductFigures,
  RepFigures,
  ReportingPeriod,
} from './digestFigures';
import { NO_PRODUCT } from './digestFigures';
import type { KpiValues } from './kpiPolarity';
import { FUNNEL_STAGES, type FunnelStage } from './stages';

/**
 * KPI arithmetic on the store's raw SQL aggregates (docs/METRICS.md): ratios with "n/a" for zero
 * denominators, changes against the previous period, and the assembly of `DigestFigures`.
 */

/** How many periods the trend shows, oldest first, ending with the reported one. */
export const TREND_PERIODS = 6;

export const DEFAULT_COHORT_WEEKS = 12;

/** numerator ÷ denominator; null (n/a) when either is unknown or the denominator is 0. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** numerator ÷ denominator × 100, null when the denominator is 0. */
export function percentage(numerator: number | null, denominator: number | null): number | null {
  const value = ratio(numerator, denominator);
  return value === null ? null : value * 100;
}

/**
 * Spend per unit (lead, customer) in whole minor units. Also null when nothing was spent: a cost
 * of 0 would claim the leads were free when the spend may simply not be recorded.
 */
export function costPer(spendMinor: number, count: number): number | null {
  if (spendMinor === 0) return null;
  const cost = ratio(spendMinor, count);
  return cost === null ? null : Math.round(cost);
}

export function roundMinor(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

export type FigureChange = { absolute: number | null; percent: number | null };

/** current − previous, and that as a % of previous (n/a when previous is 0 or n/a). */
export function compareFigures(comparison: Comparison): FigureChange {
  const { current, previous } = comparison;
  if (current === null || previous === null) return { absolute: null, percent: null };
  const absolute = current - previous;
  return { absolute, percent: percentage(absolute, Math.abs(previous)) };
}

/** Counts and sums of one period, as the store's SQL returns them; averages are null over nothing. */
export type PeriodAggregates = {
  leadsCreated: number;
  /** Leads created in the period that were qualified by its end (lead quality's numerator). */
  leadsCreatedQualified: number;
  stageEntries: Record<FunnelStage | 'LOST', number>;
  offersSent: number;
  averageOfferValueMinor: number | null;
  averageOfferPreparationDays: number | null;
  /** Deals first in DISCOVERY in the period, and how many of them made an offer by its end. */
  discoveryDeals: number;
  discoveryDealsWithOffer: number;
  /** Leads qualified in the period: average days from their creation. */
  averageDaysToQualify: number | null;
  wins: number;
  losses: number;
  wonValueMinor: number;
  lostValueMinor: number;
  /** Deals decided in the period that had reached OFFER, and how many of them were won. */
  decidedAfterOffer: number;
  wonAfterOffer: number;
  /** Deals decided in the period that entered NEGOTIATION, and how many of them were won. */
  decidedAfterNegotiation: number;
  wonAfterNegotiation: number;
  averageDiscountPct: number | null;
  /** Wins of the period with no discount recorded: left out of the average, and said so. */
  winsWithoutDiscount: number;
  /** Wins of unknown value (imported without an amount): in wins, not in won value, and said so. */
  winsWithoutValue: number;
  /** Won value and first offer value summed over the wins that have both (kept share). */
  keptWonValueMinor: number;
  keptOfferValueMinor: number;
  /** Deal created → WON (the sales cycle), and lead created → WON, over the period's wins. */
  averageDaysToClose: number | null;
  averageDaysLeadToCustomer: number | null;
  averageNegotiationRounds: number | null;
  /** Deals decided in the period after NEGOTIATION: average days from its first entry to the closing. */
  averageNegotiationDays: number | null;
  newCustomers: number;
  repeatCustomers: number;
  spendMinor: number;
  positiveFeedback: number;
};

export type ChannelAggregates = {
  channel: string;
  leads: number;
  qualifiedLeads: number;
  spendMinor: number;
  wins: number;
  wonValueMinor: number;
  /** The period's wins (and their value) from leads created before the cohort window. */
  olderWins: number;
  olderWonValueMinor: number;
  /** The cohort: leads created in the trailing window, qualified and won by its end, their deals' won value, the window's spend. */
  cohortLeads: number;
  cohortQualified: number;
  cohortWonLeads: number;
  cohortWonValueMinor: number;
  cohortSpendMinor: number;
};

export type FunnelAggregates = {
  cohortStart: Date;
  cohortEnd: Date;
  /** Cohort leads that reached at least each stage; LEAD is the cohort size. */
  reached: Record<FunnelStage, number>;
};

export type DigestAggregates = {
  currency: string;
  /** The trend periods, oldest first; the last is the reported period, the one before it the previous. */
  periods: { period: ReportingPeriod; figures: PeriodAggregates }[];
  funnel: FunnelAggregates;
  channels: ChannelAggregates[];
  lostReasons: LostReasonFigures[];
  products: ProductFigures[];
  priorityProductsWithoutDemand: string[];
  reps: RepFigures[];
  leftOut: LeftOutMoney[];
};

function leadQualityPct(figures: PeriodAggregates): number | null {
  return percentage(figures.leadsCreatedQualified, figures.leadsCreated);
}

/** The KPIs of one period; kept together so current and previous are computed identically. */
function periodKpis(figures: PeriodAggregates) {
  return {
    leadQualityPct: leadQualityPct(figures),
    costPerLeadMinor: costPer(figures.spendMinor, figures.leadsCreated),
    customerAcquisitionCostMinor: costPer(figures.spendMinor, figures.newCustomers),
    newCustomers: figures.newCustomers,
    repeatCustomers: figures.repeatCustomers,
    winRatePct: percentage(figures.wins, figures.wins + figures.losses),
    offerAcceptancePct: percentage(figures.wonAfterOffer, figures.decidedAfterOffer),
    discoveryToOfferPct: percentage(figures.discoveryDealsWithOffer, figures.discoveryDeals),
    negotiationSuccessPct: percentage(figures.wonAfterNegotiation, figures.decidedAfterNegotiation),
    averageOfferValueMinor: roundMinor(figures.averageOfferValueMinor),
    averageDiscountPct: figures.averageDiscountPct,
    keptSharePct: percentage(figures.keptWonValueMinor, figures.keptOfferValueMinor),
    averageDaysToClose: figures.averageDaysToClose,
    averageDaysLeadToCustomer: figures.averageDaysLeadToCustomer,
    averageOfferPreparationDays: figures.averageOfferPreparationDays,
    averageNegotiationRounds: figures.averageNegotiationRounds,
    averageNegotiationDays: figures.averageNegotiationDays,
    averageDaysToQualify: figures.averageDaysToQualify,
    positiveFeedback: figures.positiveFeedback,
  };
}

function flowOf(figures: PeriodAggregates) {
  return {
    leadsCreated: figures.leadsCreated,
    // The same set as lead quality's numerator (docs/METRICS.md).
    leadsQualified: figures.leadsCreatedQualified,
    offersSent: figures.offersSent,
    wins: figures.wins,
    losses: figures.losses,
    wonValueMinor: figures.wonValueMinor,
    lostValueMinor: figures.lostValueMinor,
    spendMinor: figures.spendMinor,
    winsWithoutDiscount: figures.winsWithoutDiscount,
    winsWithoutValue: figures.winsWithoutValue,
  };
}

/** Every compared KPI of one period, for the headline's measure of each figure's usual variation. */
export function kpiValuesOf(figures: PeriodAggregates): KpiValues {
  const { winsWithoutDiscount: _noDiscount, winsWithoutValue: _noValue, ...flow } = flowOf(figures);
  return { ...flow, ...periodKpis(figures) };
}

function compare<K extends string>(
  current: Record<K, number | null>,
  previous: Record<K, number | null>,
): Record<K, Comparison> {
  const keys = Object.keys(current) as K[];
  return Object.fromEntries(
    keys.map((key) => [key, { current: current[key], previous: previous[key] }]),
  ) as Record<K, Comparison>;
}

function funnelFigures(funnel: FunnelAggregates): FunnelFigures {
  const cohort = funnel.reached.LEAD;
  return {
    cohortStart: funnel.cohortStart,
    cohortEnd: funnel.cohortEnd,
    stages: FUNNEL_STAGES.map((stage, index) => {
      const before = index === 0 ? cohort : funnel.reached[FUNNEL_STAGES[index - 1] ?? 'LEAD'];
      return {
        stage,
        reached: funnel.reached[stage],
        stepConversionPct: percentage(funnel.reached[stage], before),
        overallConversionPct: percentage(funnel.reached[stage], cohort),
      };
    }),
  };
}

function channelFigures(channel: ChannelAggregates): ChannelFigures {
  return {
    channel: channel.channel,
    leads: channel.leads,
    spendMinor: channel.spendMinor,
    costPerLeadMinor: costPer(channel.spendMinor, channel.leads),
    qualifiedPct: percentage(channel.qualifiedLeads, channel.leads),
    wins: channel.wins,
    wonValueMinor: channel.wonValueMinor,
    olderLeadWins: channel.olderWins,
    olderLeadWonValueMinor: channel.olderWonValueMinor,
    cohort: {
      leads: channel.cohortLeads,
      qualifiedPct: percentage(channel.cohortQualified, channel.cohortLeads),
      wonPct: percentage(channel.cohortWonLeads, channel.cohortLeads),
      wonValueMinor: channel.cohortWonValueMinor,
      spendMinor: channel.cohortSpendMinor,
    },
    returnOnSpend: ratio(channel.cohortWonValueMinor, channel.cohortSpendMinor),
  };
}

/** Sorts by the given numeric keys, largest first, then by name so ties always come out the same. */
function byLargest<T>(rows: readonly T[], name: (row: T) => string, ...keys: ((row: T) => number)[]): T[] {
  return [...rows].sort((a, b) => {
    for (const key of keys) {
      const difference = key(b) - key(a);
      if (difference !== 0) return difference;
    }
    return name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0;
  });
}

/** Turns the store's aggregates into the digest's figures (definitions: docs/METRICS.md). */
export function assembleDigestFigures(aggregates: DigestAggregates): DigestFigures {
  const current = aggregates.periods.at(-1);
  const previous = aggregates.periods.at(-2);
  if (!current || !previous) throw new RangeError('Digest figures need the period and the one before it');
  const products = byLargest(
    aggregates.products,
    (row) => row.product,
    (row) => row.wonValueMinor,
    (row) => row.wins,
  );
  return {
    period: current.period,
    previousPeriod: previous.period,
    currency: aggregates.currency,
    flow: {
      ...compare(flowOf(current.figures), flowOf(previous.figures)),
      stageEntries: compare(current.figures.stageEntries, previous.figures.stageEntries),
    },
    kpis: compare(periodKpis(current.figures), periodKpis(previous.figures)),
    funnel: funnelFigures(aggregates.funnel),
    channels: byLargest(
      aggregates.channels.map(channelFigures),
      (row) => row.channel,
      (row) => row.leads,
      (row) => row.wonValueMinor,
    ),
    lostReasons: byLargest(
      aggregates.lostReasons,
      (row) => row.reason,
      (row) => row.count,
      (row) => row.valueMinor,
    ),
    products,
    leadingProduct: products.find((row) => row.product !== NO_PRODUCT && row.wins > 0)?.product ?? null,
    priorityProductsWithoutDemand: aggregates.priorityProductsWithoutDemand,
    reps: byLargest(
      aggregates.reps,
      (row) => row.userId,
      (row) => row.wins,
      (row) => row.offers,
      (row) => row.discoveryMeetings,
      (row) => row.leads,
    ),
    trend: aggregates.periods.map(({ period, figures }) => ({
      period,
      leads: figures.leadsCreated,
      leadQualityPct: leadQualityPct(figures),
      wonValueMinor: figures.wonValueMinor,
    })),
    history: aggregates.periods.map(({ figures }) => kpiValuesOf(figures)),
    leftOut: [...aggregates.leftOut].sort((a, b) =>
      a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : a.currency < b.currency ? -1 : 1,
    ),
  };
}
