import type { Comparison, ConvertedFigure, DigestFigures } from '../../domain/digestFigures';
import type { MessageKey } from '../../i18n/catalog';
import type { Translator } from '../../i18n/translator';
import type { KnownBlock } from '../../blockKit/message';
import { formatChange, formatFigure, type DigestFormat, type FigureKind } from '../format';
import { fieldsSections, mrkdwnSection } from '../../blockKit/blockKit';

/**
 * One KPI line of the digest: the catalog key of its name, where its figures are, how they are
 * written, and for money the converted figure whose amounts without a rate it names.
 */
export type KpiLine = {
  key: MessageKey;
  kind: FigureKind;
  pick: (figures: DigestFigures) => Comparison;
  convertedFrom?: ConvertedFigure;
  /** What the figure leaves out, said under it (e.g. wins without a discount). */
  note?: (figures: DigestFigures, t: Translator) => string;
};

export const FLOW_KPIS: KpiLine[] = [
  { key: 'digest.kpi.leadsCreated', kind: 'count', pick: (f) => f.flow.leadsCreated },
  { key: 'digest.kpi.leadsQualified', kind: 'count', pick: (f) => f.flow.leadsQualified },
  { key: 'digest.kpi.offersSent', kind: 'count', pick: (f) => f.flow.offersSent },
  { key: 'digest.kpi.wins', kind: 'count', pick: (f) => f.flow.wins },
  {
    key: 'digest.kpi.wonValue',
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
  { key: 'digest.kpi.losses', kind: 'count', pick: (f) => f.flow.losses },
  {
    key: 'digest.kpi.lostValue',
    kind: 'money',
    pick: (f) => f.flow.lostValueMinor,
    convertedFrom: 'lostValueMinor',
  },
  {
    key: 'digest.kpi.marketingSpend',
    kind: 'money',
    pick: (f) => f.flow.spendMinor,
    convertedFrom: 'spendMinor',
  },
];

export const RATE_KPIS: KpiLine[] = [
  { key: 'digest.kpi.leadQuality', kind: 'percent', pick: (f) => f.kpis.leadQualityPct },
  {
    key: 'digest.kpi.costPerLead',
    kind: 'money',
    pick: (f) => f.kpis.costPerLeadMinor,
    convertedFrom: 'spendMinor',
  },
  {
    key: 'digest.kpi.customerAcquisitionCost',
    kind: 'money',
    pick: (f) => f.kpis.customerAcquisitionCostMinor,
    convertedFrom: 'spendMinor',
  },
  { key: 'digest.kpi.newCustomers', kind: 'count', pick: (f) => f.kpis.newCustomers },
  { key: 'digest.kpi.winRate', kind: 'percent', pick: (f) => f.kpis.winRatePct },
  { key: 'digest.kpi.offerAcceptance', kind: 'percent', pick: (f) => f.kpis.offerAcceptancePct },
  { key: 'digest.kpi.discoveryToOffer', kind: 'percent', pick: (f) => f.kpis.discoveryToOfferPct },
  {
    key: 'digest.kpi.averageOfferValue',
    kind: 'money',
    pick: (f) => f.kpis.averageOfferValueMinor,
    convertedFrom: 'averageOfferValueMinor',
  },
  {
    key: 'digest.kpi.averageDiscount',
    kind: 'percent',
    pick: (f) => f.kpis.averageDiscountPct,
    note: (f, t) => {
      const none = f.flow.winsWithoutDiscount.current ?? 0;
      return none > 0 ? t.t('digest.kpi.winsWithoutDiscount', { none, count: f.flow.wins.current ?? 0 }) : '';
    },
  },
  { key: 'digest.kpi.keptShare', kind: 'percent', pick: (f) => f.kpis.keptSharePct },
  { key: 'digest.kpi.positiveFeedback', kind: 'count', pick: (f) => f.kpis.positiveFeedback },
];

export const PACE_KPIS: KpiLine[] = [
  { key: 'digest.kpi.timeToQualify', kind: 'days', pick: (f) => f.kpis.averageDaysToQualify },
  { key: 'digest.kpi.daysToClose', kind: 'days', pick: (f) => f.kpis.averageDaysToClose },
  { key: 'digest.kpi.leadToCustomer', kind: 'days', pick: (f) => f.kpis.averageDaysLeadToCustomer },
  { key: 'digest.kpi.offerPreparation', kind: 'days', pick: (f) => f.kpis.averageOfferPreparationDays },
  { key: 'digest.kpi.negotiationRounds', kind: 'count', pick: (f) => f.kpis.averageNegotiationRounds },
  { key: 'digest.kpi.negotiationDuration', kind: 'days', pick: (f) => f.kpis.averageNegotiationDays },
  { key: 'digest.kpi.negotiationSuccess', kind: 'percent', pick: (f) => f.kpis.negotiationSuccessPct },
  { key: 'digest.kpi.repeatCustomers', kind: 'count', pick: (f) => f.kpis.repeatCustomers },
];

/** The digest's line of a KPI, for surfaces that show some of the same figures (the App Home). */
export function kpiLine(key: MessageKey): KpiLine {
  const line = [...FLOW_KPIS, ...RATE_KPIS, ...PACE_KPIS].find((each) => each.key === key);
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
  return `*${kpiLabel(line, style.t)}*\n${formatFigure(comparison.current, line.kind, style)}   ${formatChange(comparison, line.kind, style)}${note ? `\n_${note}_` : ''}`;
}

/** The KPI part of the parent message: sections of up to ten fields (an eleventh figure opens another), changes against the previous period. */
export function buildKpiBlocks(figures: DigestFigures, style: DigestFormat): KnownBlock[] {
  return [
    mrkdwnSection(style.t.t('digest.kpi.heading')),
    ...fieldsSections(FLOW_KPIS.map((line) => kpiField(line, figures, style))),
    ...fieldsSections(RATE_KPIS.map((line) => kpiField(line, figures, style))),
    ...fieldsSections(PACE_KPIS.map((line) => kpiField(line, figures, style))),
  ];
}
