import type { KpiValues } from './kpiPolarity';
import type { PlanTarget } from './planProgress';
import type { FunnelStage } from './stages';

/**
 * The figures one digest shows, as computed by the store (SQL aggregation) for a period and the
 * equally long period before it. Definitions: docs/METRICS.md. `null` means "n/a": a ratio whose
 * denominator is zero, or an average over nothing. Money is in minor units of `currency`.
 */
export type ReportingPeriod = {
  /** Inclusive start, a midnight in `timeZone`. */
  start: Date;
  /** Exclusive end, a midnight in `timeZone`. */
  end: Date;
  timeZone: string;
};

/** The group names of records without a source channel, a product or a lost reason. */
export const NO_SOURCE = '(no source)';
export const NO_PRODUCT = '(no product)';
export const NO_LOST_REASON = '(no reason)';

/** One KPI in the period and the previous one; the change is derived by `compareFigures` (src/domain/kpis.ts). */
export type Comparison = { current: number | null; previous: number | null };

export type FlowFigures = {
  leadsCreated: Comparison;
  leadsQualified: Comparison;
  /** Deals entering each stage in the period (StageEvent rows by toStage). */
  stageEntries: Record<FunnelStage | 'LOST', Comparison>;
  offersSent: Comparison;
  wins: Comparison;
  losses: Comparison;
  wonValueMinor: Comparison;
  lostValueMinor: Comparison;
  spendMinor: Comparison;
  /** Wins with no discount recorded, which the average discount leaves out (never as 0). */
  winsWithoutDiscount: Comparison;
  /** Wins of unknown value (a CRM's history imported without an amount), which won value leaves out. */
  winsWithoutValue: Comparison;
};

export type KpiFigures = {
  leadQualityPct: Comparison;
  costPerLeadMinor: Comparison;
  customerAcquisitionCostMinor: Comparison;
  newCustomers: Comparison;
  repeatCustomers: Comparison;
  winRatePct: Comparison;
  offerAcceptancePct: Comparison;
  discoveryToOfferPct: Comparison;
  negotiationSuccessPct: Comparison;
  averageOfferValueMinor: Comparison;
  averageDiscountPct: Comparison;
  keptSharePct: Comparison;
  averageDaysToClose: Comparison;
  averageDaysLeadToCustomer: Comparison;
  averageOfferPreparationDays: Comparison;
  averageNegotiationRounds: Comparison;
  averageNegotiationDays: Comparison;
  averageDaysToQualify: Comparison;
  positiveFeedback: Comparison;
};

export type FunnelStageFigures = {
  stage: FunnelStage;
  /** Leads of the cohort that reached at least this stage. */
  reached: number;
  stepConversionPct: number | null;
  overallConversionPct: number | null;
};

export type FunnelFigures = { cohortStart: Date; cohortEnd: Date; stages: FunnelStageFigures[] };

export type ChannelFigures = {
  channel: string;
  leads: number;
  spendMinor: number;
  costPerLeadMinor: number | null;
  qualifiedPct: number | null;
  wins: number;
  wonValueMinor: number;
  /** Of the period's wins, those (and their value) from leads created before the cohort window. */
  olderLeadWins: number;
  olderLeadWonValueMinor: number;
  /** The channel's leads created in the cohort window (the funnel's), followed to the period's end. */
  cohort: ChannelCohortFigures;
  /** The cohort's won value ÷ the cohort window's spend. */
  returnOnSpend: number | null;
};

export type ChannelCohortFigures = {
  leads: number;
  /** Qualified, and won (lead → win), by the period's end, as % of the cohort's leads. */
  qualifiedPct: number | null;
  wonPct: number | null;
  wonValueMinor: number;
  spendMinor: number;
};

export type LostReasonFigures = { reason: string; count: number; valueMinor: number };

export type ProductFigures = { product: string; wins: number; wonValueMinor: number };

export type RepFigures = {
  userId: string;
  leads: number;
  discoveryMeetings: number;
  offers: number;
  wins: number;
};

export type TrendPoint = {
  period: ReportingPeriod;
  leads: number;
  leadQualityPct: number | null;
  wonValueMinor: number;
};

/** The money figures whose amounts in another currency are converted with the team's rates. */
export const CONVERTED_FIGURES = [
  'wonValueMinor',
  'lostValueMinor',
  'spendMinor',
  'averageOfferValueMinor',
] as const;
export type ConvertedFigure = (typeof CONVERTED_FIGURES)[number];

/** Money of the reported period left out of a figure because its currency has no rate: per figure and currency. */
export type LeftOutMoney = { figure: ConvertedFigure; currency: string; amountMinor: number };

export type DigestFigures = {
  period: ReportingPeriod;
  previousPeriod: ReportingPeriod;
  currency: string;
  flow: FlowFigures;
  kpis: KpiFigures;
  funnel: FunnelFigures;
  channels: ChannelFigures[];
  lostReasons: LostReasonFigures[];
  products: ProductFigures[];
  /** The product with the most won value in the period, if any. */
  leadingProduct: string | null;
  /** Priority products (team list) with no lead, deal or win in the period. */
  priorityProductsWithoutDemand: string[];
  reps: RepFigures[];
  /** The last six periods, oldest first, ending with the current one. */
  trend: TrendPoint[];
  /**
   * Every KPI of the trend periods, oldest first, ending with the current one: how much each figure
   * usually moves, for the headline. Absent in snapshots posted before it existed.
   */
  history?: KpiValues[];
  /** The plan in force for the period (`/plan`), team-wide and per channel. Absent before plans existed. */
  plan?: PlanTarget[];
  /** Amounts of the reported period that have no rate to `currency`, so no total includes them. */
  leftOut: LeftOutMoney[];
};
