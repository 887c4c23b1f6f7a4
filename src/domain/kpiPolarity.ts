/**
 * Every figure the digest compares between periods, by the name it has in `DigestFigures`
 * (`flow.*` and `kpis.*`), and which direction of change is good news for the team.
 */
export const KPI_IDS = [
  'leadsCreated',
  'leadsQualified',
  'offersSent',
  'wins',
  'wonValueMinor',
  'losses',
  'lostValueMinor',
  'spendMinor',
  'leadQualityPct',
  'costPerLeadMinor',
  'customerAcquisitionCostMinor',
  'newCustomers',
  'repeatCustomers',
  'winRatePct',
  'offerAcceptancePct',
  'discoveryToOfferPct',
  'negotiationSuccessPct',
  'averageOfferValueMinor',
  'averageDiscountPct',
  'keptSharePct',
  'averageDaysToQualify',
  'averageDaysToClose',
  'averageDaysLeadToCustomer',
  'averageOfferPreparationDays',
  'averageNegotiationRounds',
  'averageNegotiationDays',
  'positiveFeedback',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** One value per KPI for one period; null is n/a. */
export type KpiValues = Record<KpiId, number | null>;

/**
 * `higher_better`: more is good news (wins, win rate); `lower_better`: less is (CPL, CAC, lost value,
 * days to close, discount); `neutral`: neither by itself (spend is an input; more negotiation rounds
 * can mean a bigger deal as well as a harder one).
 */
export type Polarity = 'higher_better' | 'lower_better' | 'neutral';

export const KPI_POLARITY: Record<KpiId, Polarity> = {
  leadsCreated: 'higher_better',
  leadsQualified: 'higher_better',
  offersSent: 'higher_better',
  wins: 'higher_better',
  wonValueMinor: 'higher_better',
  losses: 'lower_better',
  lostValueMinor: 'lower_better',
  spendMinor: 'neutral',
  leadQualityPct: 'higher_better',
  costPerLeadMinor: 'lower_better',
  customerAcquisitionCostMinor: 'lower_better',
  newCustomers: 'higher_better',
  repeatCustomers: 'higher_better',
  winRatePct: 'higher_better',
  offerAcceptancePct: 'higher_better',
  discoveryToOfferPct: 'higher_better',
  negotiationSuccessPct: 'higher_better',
  averageOfferValueMinor: 'higher_better',
  averageDiscountPct: 'lower_better',
  keptSharePct: 'higher_better',
  averageDaysToQualify: 'lower_better',
  averageDaysToClose: 'lower_better',
  averageDaysLeadToCustomer: 'lower_better',
  averageOfferPreparationDays: 'lower_better',
  averageNegotiationRounds: 'neutral',
  averageNegotiationDays: 'lower_better',
  positiveFeedback: 'higher_better',
};

/** What a change means for the team: `none` when it did not move or either period is n/a. */
export type ChangeVerdict = 'better' | 'worse' | 'neutral' | 'none';

export function changeVerdict(
  comparison: { current: number | null; previous: number | null },
  polarity: Polarity,
): ChangeVerdict {
  const { current, previous } = comparison;
  if (current === null || previous === null || current === previous) return 'none';
  if (polarity === 'neutral') return 'neutral';
  const up = current > previous;
  return up === (polarity === 'higher_better') ? 'better' : 'worse';
}
