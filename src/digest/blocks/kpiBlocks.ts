import type { Comparison, DigestFigures } from '../../domain/digestFigures';
import type { MessageKey } from '../../i18n/catalog';
import type { Translator } from '../../i18n/translator';
import type { KnownBlock } from '../../blockKit/message';
import { formatChange, formatFigure, type DigestFormat, type FigureKind } from '../format';
import { fieldsSection, mrkdwnSection } from '../../blockKit/blockKit';

/** One KPI line of the digest: the catalog key of its name, where its figures are and how they are written. */
export type KpiLine = { key: MessageKey; kind: FigureKind; pick: (figures: DigestFigures) => Comparison };

export const FLOW_KPIS: KpiLine[] = [
  { key: 'digest.kpi.leadsCreated', kind: 'count', pick: (f) => f.flow.leadsCreated },
  { key: 'digest.kpi.leadsQualified', kind: 'count', pick: (f) => f.flow.leadsQualified },
  { key: 'digest.kpi.offersSent', kind: 'count', pick: (f) => f.flow.offersSent },
  { key: 'digest.kpi.wins', kind: 'count', pick: (f) => f.flow.wins },
  { key: 'digest.kpi.wonValue', kind: 'money', pick: (f) => f.flow.wonValueMinor },
  { key: 'digest.kpi.losses', kind: 'count', pick: (f) => f.flow.losses },
  { key: 'digest.kpi.lostValue', kind: 'money', pick: (f) => f.flow.lostValueMinor },
  { key: 'digest.kpi.marketingSpend', kind: 'money', pick: (f) => f.flow.spendMinor },
];

export const RATE_KPIS: KpiLine[] = [
  { key: 'digest.kpi.leadQuality', kind: 'percent', pick: (f) => f.kpis.leadQualityPct },
  { key: 'digest.kpi.costPerLead', kind: 'money', pick: (f) => f.kpis.costPerLeadMinor },
  {
    key: 'digest.kpi.customerAcquisitionCost',
    kind: 'money',
    pick: (f) => f.kpis.customerAcquisitionCostMinor,
  },
  { key: 'digest.kpi.newCustomers', kind: 'count', pick: (f) => f.kpis.newCustomers },
  { key: 'digest.kpi.winRate', kind: 'percent', pick: (f) => f.kpis.winRatePct },
  { key: 'digest.kpi.offerAcceptance', kind: 'percent', pick: (f) => f.kpis.offerAcceptancePct },
  { key: 'digest.kpi.averageOfferValue', kind: 'money', pick: (f) => f.kpis.averageOfferValueMinor },
  { key: 'digest.kpi.averageDiscount', kind: 'percent', pick: (f) => f.kpis.averageDiscountPct },
  { key: 'digest.kpi.keptShare', kind: 'percent', pick: (f) => f.kpis.keptSharePct },
  { key: 'digest.kpi.positiveFeedback', kind: 'count', pick: (f) => f.kpis.positiveFeedback },
];

export const PACE_KPIS: KpiLine[] = [
  { key: 'digest.kpi.daysToClose', kind: 'days', pick: (f) => f.kpis.averageDaysToClose },
  { key: 'digest.kpi.offerPreparation', kind: 'days', pick: (f) => f.kpis.averageOfferPreparationDays },
  { key: 'digest.kpi.negotiationRounds', kind: 'count', pick: (f) => f.kpis.averageNegotiationRounds },
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

/** "*Wins*\n4  ↑ +1 (+33.3 %)": the value now, then the change against the previous period. */
export function kpiField(line: KpiLine, figures: DigestFigures, style: DigestFormat): string {
  const comparison = line.pick(figures);
  return `*${kpiLabel(line, style.t)}*\n${formatFigure(comparison.current, line.kind, style)}   ${formatChange(comparison, line.kind, style)}`;
}

/** The KPI part of the parent message: three sections of up to ten fields, changes against the previous period. */
export function buildKpiBlocks(figures: DigestFigures, style: DigestFormat): KnownBlock[] {
  return [
    mrkdwnSection(style.t.t('digest.kpi.heading')),
    fieldsSection(FLOW_KPIS.map((line) => kpiField(line, figures, style))),
    fieldsSection(RATE_KPIS.map((line) => kpiField(line, figures, style))),
    fieldsSection(PACE_KPIS.map((line) => kpiField(line, figures, style))),
  ];
}
