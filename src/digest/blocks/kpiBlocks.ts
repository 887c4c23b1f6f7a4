import type { Comparison, ConvertedFigure, DigestFigures } from '../../domain/digestFigures';
import { KPI_POLARITY, type KpiId } from '../../domain/kpiPolarity';
import type { MessageKey } from '../../i18n/catalog';
import type { Translator } from '../../i18n/translator';
import type { KnownBlock } from '../../blockKit/message';
import { planProgress } from '../../domain/planProgress';
import { formatChange, formatFigure, planProgressText, type DigestFormat, type FigureKind } from '../format';
import { fieldsSections, mrkdwnSection } from '../../blockKit/blockKit';

/**
 * One KPI line of the digest: the catalog key of its name, where its figures are, how they are
 * written, and for money the converted figure whose amounts without a rate it names.
 */
export type KpiLine = {
  key: MessageKey;
  /** The figure's name in `DigestFigures`, which gives its polarity (src/domain/kpiPolarity.ts). */
  figure: KpiId;
  kind: FigureKind;
  pick: (figures: DigestFigures) => Comparison;
  convertedFrom?: ConvertedFigure;
  /** What the figure leaves out, said under it (e.g. wins without a discount). */
  note?: (figures: DigestFigures, t: Translator) => string;
};

export const FLOW_KPIS: KpiLine[] = [
  { key: 'digest.kpi.leadsCreated', figure: 'leadsCreated', kind: 'count', pick: (f) => f.flow.leadsCreated },
  {
    key: 'digest.kpi.leadsQualified',
    figure: 'leadsQualified',
    kind: 'count',
    pick: (f) => f.flow.leadsQualified,
  },
  { key: 'digest.kpi.offersSent', figure: 'offersSent', kind: 'count', pick: (f) => f.flow.offersSent },
  { key: 'digest.kpi.wins', figure: 'wins', kind: 'count', pick: (f) => f.flow.wins },
  {
    key: 'digest.kpi.wonValue',
    figure: 'wonValueMinor',
    kind: 'money',
    pick: (f) => f.flow.wonValueMinor,
    convertedFrom: 'wonValueMinor',
    note: (f, t) => {
      const unknown = f.flow.winsWithoutValue.current ?? 0;
      return unknown > 0
        ? t.t('digest.kpi.winsWithoutValue', { unknown, count: f.flow.wins.current ?? 0 })
        : '';
    },
  },
  { key: 'digest.kpi.losses', figure: 'losses', kind: 'count', pick: (f) => f.flow.losses },
  {
    key: 'digest.kpi.lostValue',
    figure: 'lostValueMinor',
    kind: 'money',
    pick: (f) => f.flow.lostValueMinor,
    convertedFrom: 'lostValueMinor',
  },
  {
    key: 'digest.kpi.marketingSpend',
    figure: 'spendMinor',
    kind: 'money',
    pick: (f) => f.flow.spendMinor,
    convertedFrom: 'spendMinor',
  },
];

export const RATE_KPIS: KpiLine[] = [
  {
    key: 'digest.kpi.leadQuality',
    figure: 'leadQualityPct',
    kind: 'percent',
    pick: (f) => f.kpis.leadQualityPct,
  },
  {
    key: 'digest.kpi.costPerLead',
    figure: 'costPerLeadMinor',
    kind: 'money',
    pick: (f) => f.kpis.costPerLeadMinor,
    convertedFrom: 'spendMinor',
  },
  {
    key: 'digest.kpi.customerAcquisitionCost',
    figure: 'customerAcquisitionCostMinor',
    kind: 'money',
    pick: (f) => f.kpis.customerAcquisitionCostMinor,
    convertedFrom: 'spendMinor',
  },
  { key: 'digest.kpi.newCustomers', figure: 'newCustomers', kind: 'count', pick: (f) => f.kpis.newCustomers },
  { key: 'digest.kpi.winRate', figure: 'winRatePct', kind: 'percent', pick: (f) => f.kpis.winRatePct },
  {
    key: 'digest.kpi.offerAcceptance',
    figure: 'offerAcceptancePct',
    kind: 'percent',
    pick: (f) => f.kpis.offerAcceptancePct,
  },
  {
    key: 'digest.kpi.discoveryToOffer',
    figure: 'discoveryToOfferPct',
    kind: 'percent',
    pick: (f) => f.kpis.discoveryToOfferPct,
  },
  {
    key: 'digest.kpi.averageOfferValue',
    figure: 'averageOfferValueMinor',
    kind: 'money',
    pick: (f) => f.kpis.averageOfferValueMinor,
    convertedFrom: 'averageOfferValueMinor',
  },
  {
    key: 'digest.kpi.averageDiscount',
    figure: 'averageDiscountPct',
    kind: 'percent',
    pick: (f) => f.kpis.averageDiscountPct,
    note: (f, t) => {
      const none = f.flow.winsWithoutDiscount.current ?? 0;
      return none > 0 ? t.t('digest.kpi.winsWithoutDiscount', { none, count: f.flow.wins.current ?? 0 }) : '';
    },
  },
  { key: 'digest.kpi.keptShare', figure: 'keptSharePct', kind: 'percent', pick: (f) => f.kpis.keptSharePct },
  {
    key: 'digest.kpi.positiveFeedback',
    figure: 'positiveFeedback',
    kind: 'count',
    pick: (f) => f.kpis.positiveFeedback,
  },
];

export const PACE_KPIS: KpiLine[] = [
  {
    key: 'digest.kpi.timeToQualify',
    figure: 'averageDaysToQualify',
    kind: 'days',
    pick: (f) => f.kpis.averageDaysToQualify,
  },
  {
    key: 'digest.kpi.daysToClose',
    figure: 'averageDaysToClose',
    kind: 'days',
    pick: (f) => f.kpis.averageDaysToClose,
  },
  {
    key: 'digest.kpi.leadToCustomer',
    figure: 'averageDaysLeadToCustomer',
    kind: 'days',
    pick: (f) => f.kpis.averageDaysLeadToCustomer,
  },
  {
    key: 'digest.kpi.offerPreparation',
    figure: 'averageOfferPreparationDays',
    kind: 'days',
    pick: (f) => f.kpis.averageOfferPreparationDays,
  },
  {
    key: 'digest.kpi.negotiationRounds',
    figure: 'averageNegotiationRounds',
    kind: 'count',
    pick: (f) => f.kpis.averageNegotiationRounds,
  },
  {
    key: 'digest.kpi.negotiationDuration',
    figure: 'averageNegotiationDays',
    kind: 'days',
    pick: (f) => f.kpis.averageNegotiationDays,
  },
  {
    key: 'digest.kpi.negotiationSuccess',
    figure: 'negotiationSuccessPct',
    kind: 'percent',
    pick: (f) => f.kpis.negotiationSuccessPct,
  },
  {
    key: 'digest.kpi.repeatCustomers',
    figure: 'repeatCustomers',
    kind: 'count',
    pick: (f) => f.kpis.repeatCustomers,
  },
];

/** Every KPI line, in the digest's order. */
export const ALL_KPIS: KpiLine[] = [...FLOW_KPIS, ...RATE_KPIS, ...PACE_KPIS];

/** The digest's line of a KPI, for surfaces that show some of the same figures (the App Home). */
export function kpiLine(key: MessageKey): KpiLine {
  const line = ALL_KPIS.find((each) => each.key === key);
  if (!line) throw new Error(`no digest KPI ${key}`);
  return line;
}

/** A KPI's name in the translator's language ("Win rate", "Skuteczność sprzedaży"). */
export function kpiLabel(line: KpiLine, t: Translator): string {
  return t.t(line.key);
}

/** "excludes USD 300 (no rate)": what a money figure of the period had to leave out, or nothing. */
export function leftOutNote(
  figures: DigestFigures,
  figure: ConvertedFigure | undefined,
  t: Translator,
): string {
  const amounts = figures.leftOut.filter((each) => each.figure === figure);
  if (amounts.length === 0) return '';
  return t.t('digest.kpi.excludesNoRate', {
    amounts: t.list(amounts.map((each) => t.money(each.amountMinor, each.currency))),
  });
}

/**
 * "*Wins*\n4  ↑ +1 (+33.3 %)": the value now, then the change against the previous period; for
 * money, then what it leaves out for want of a rate.
 */
export function kpiField(line: KpiLine, figures: DigestFigures, style: DigestFormat): string {
  const comparison = line.pick(figures);
  const note = [line.note?.(figures, style.t), leftOutNote(figures, line.convertedFrom, style.t)]
    .filter(Boolean)
    .join('; ');
  const plan = figures.plan?.find((target) => target.channel === '' && target.figure === line.figure);
  const against =
    plan && plan.value !== 0 && comparison.current !== null
      ? `\n${planProgressText(planProgress(line.figure, comparison.current, plan.value), line.kind, style)}`
      : '';
  return `*${kpiLabel(line, style.t)}*\n${formatFigure(comparison.current, line.kind, style)}   ${formatChange(comparison, line.kind, style, KPI_POLARITY[line.figure])}${against}${note ? `\n_${note}_` : ''}`;
}

/** The figures the parent shows, in this order (issue 19); the rest go to the "more figures" reply. */
export const KEY_FIGURES: readonly KpiId[] = [
  'leadsCreated',
  'leadQualityPct',
  'spendMinor',
  'costPerLeadMinor',
  'customerAcquisitionCostMinor',
  'wins',
  'wonValueMinor',
  'winRatePct',
];

/** A figure with no value in either period says nothing; its row is left out. */
export function hasValue(line: KpiLine, figures: DigestFigures): boolean {
  const { current, previous } = line.pick(figures);
  return current !== null || previous !== null;
}

/** The key figures' lines in KEY_FIGURES order, and the others in the digest's order. */
export function keyAndOtherLines(figures: DigestFigures): { key: KpiLine[]; other: KpiLine[] } {
  const shown = ALL_KPIS.filter((line) => hasValue(line, figures));
  return {
    key: KEY_FIGURES.flatMap((figure) => shown.filter((line) => line.figure === figure)),
    other: shown.filter((line) => !KEY_FIGURES.includes(line.figure)),
  };
}

/**
 * The KPI part of the parent message: the key figures as fields (ten to a section), changes
 * against the previous period marked better or worse; rows n/a in both periods left out.
 */
export function buildKpiBlocks(figures: DigestFigures, style: DigestFormat): KnownBlock[] {
  return [
    mrkdwnSection(style.t.t('digest.kpi.heading')),
    ...fieldsSections(keyAndOtherLines(figures).key.map((line) => kpiField(line, figures, style))),
  ];
}
