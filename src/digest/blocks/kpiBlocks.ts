import type { Comparison, DigestFigures } from '../../domain/digestFigures';
import type { KnownBlock } from '../../slack/views/message';
import { formatChange, formatFigure, type DigestFormat, type FigureKind } from '../format';
import { fieldsSection, mrkdwnSection } from './blockKit';

/** One KPI line of the digest: its label, where its figures are and how they are written. */
export type KpiLine = { label: string; kind: FigureKind; pick: (figures: DigestFigures) => Comparison };

export const FLOW_KPIS: KpiLine[] = [
  { label: 'Leads created', kind: 'count', pick: (f) => f.flow.leadsCreated },
  { label: 'Leads qualified', kind: 'count', pick: (f) => f.flow.leadsQualified },
  { label: 'Offers sent', kind: 'count', pick: (f) => f.flow.offersSent },
  { label: 'Wins', kind: 'count', pick: (f) => f.flow.wins },
  { label: 'Won value', kind: 'money', pick: (f) => f.flow.wonValueMinor },
  { label: 'Losses', kind: 'count', pick: (f) => f.flow.losses },
  { label: 'Lost value', kind: 'money', pick: (f) => f.flow.lostValueMinor },
  { label: 'Marketing spend', kind: 'money', pick: (f) => f.flow.spendMinor },
];

export const RATE_KPIS: KpiLine[] = [
  { label: 'Lead quality', kind: 'percent', pick: (f) => f.kpis.leadQualityPct },
  { label: 'Cost per lead', kind: 'money', pick: (f) => f.kpis.costPerLeadMinor },
  { label: 'Customer acquisition cost', kind: 'money', pick: (f) => f.kpis.customerAcquisitionCostMinor },
  { label: 'New customers', kind: 'count', pick: (f) => f.kpis.newCustomers },
  { label: 'Win rate', kind: 'percent', pick: (f) => f.kpis.winRatePct },
  { label: 'Offer acceptance', kind: 'percent', pick: (f) => f.kpis.offerAcceptancePct },
  { label: 'Average offer value', kind: 'money', pick: (f) => f.kpis.averageOfferValueMinor },
  { label: 'Average discount', kind: 'percent', pick: (f) => f.kpis.averageDiscountPct },
  { label: 'Kept share of offer value', kind: 'percent', pick: (f) => f.kpis.keptSharePct },
  { label: 'Positive feedback', kind: 'count', pick: (f) => f.kpis.positiveFeedback },
];

export const PACE_KPIS: KpiLine[] = [
  { label: 'Days to close', kind: 'days', pick: (f) => f.kpis.averageDaysToClose },
  { label: 'Offer preparation', kind: 'days', pick: (f) => f.kpis.averageOfferPreparationDays },
  { label: 'Negotiation rounds', kind: 'count', pick: (f) => f.kpis.averageNegotiationRounds },
  { label: 'Repeat customers', kind: 'count', pick: (f) => f.kpis.repeatCustomers },
];

/** "*Wins*\n4  ↑ +1 (+33.3 %)": the value now, then the change against the previous period. */
export function kpiField(line: KpiLine, figures: DigestFigures, style: DigestFormat): string {
  const comparison = line.pick(figures);
  return `*${line.label}*\n${formatFigure(comparison.current, line.kind, style)}   ${formatChange(comparison, line.kind, style)}`;
}

/** The KPI part of the parent message: three sections of up to ten fields, changes against the previous period. */
export function buildKpiBlocks(figures: DigestFigures, style: DigestFormat): KnownBlock[] {
  return [
    mrkdwnSection(
      '*Key figures* (change against the previous period; n/a where there is nothing to divide by)',
    ),
    fieldsSection(FLOW_KPIS.map((line) => kpiField(line, figures, style))),
    fieldsSection(RATE_KPIS.map((line) => kpiField(line, figures, style))),
    fieldsSection(PACE_KPIS.map((line) => kpiField(line, figures, style))),
  ];
}

/** The same figures as plain lines, for the notification text and amended-figure replies. */
export function kpiPlainLines(figures: DigestFigures, style: DigestFormat): string[] {
  return [...FLOW_KPIS, ...RATE_KPIS, ...PACE_KPIS].map((line) => {
    const comparison = line.pick(figures);
    return `${line.label}: ${formatFigure(comparison.current, line.kind, style)} (${formatChange(comparison, line.kind, style)})`;
  });
}
