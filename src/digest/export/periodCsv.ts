import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { stringify } from 'csv-stringify/sync';
import { isoDate } from '../../domain/calendar';
import type { DigestFigures, ReportingPeriod } from '../../domain/digestFigures';
import { moneyInputText } from '../../domain/money';
import { formatPeriodRange } from '../../domain/periods';
import { STAGE_LABELS, type Stage } from '../../domain/stages';
import type { Lead } from '../../generated/postgresql/client';
import { createTranslator } from '../../i18n/translator';
import type { ExportedDeal } from '../../store/readModel/periodExportStore';
import { FLOW_KPIS, type KpiLine, PACE_KPIS, RATE_KPIS } from '../blocks/kpiBlocks';
import type { FigureKind } from '../format';

/** One CSV file of an export, ready to upload. */
export type CsvFile = { filename: string; title: string; content: string; rows: number };

export type PeriodExportData = {
  leads: readonly Lead[];
  deals: readonly ExportedDeal[];
  figures: DigestFigures;
};

type Cell = string | number | null;

// A cell starting like a formula would run in a spreadsheet ("=HYPERLINK(…)" typed as a company).
const FORMULA_START = /^[=+\-@\t\r]/;

/** User text as a cell: kept as text with a leading apostrophe when a spreadsheet would run it. */
function text(value: string | null | undefined): string {
  if (!value) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function instant(value: Date | null, timeZone: string): string {
  return value ? format(new TZDate(value, timeZone), 'yyyy-MM-dd HH:mm') : '';
}

function money(minor: number | null, currency: string): string {
  return minor === null ? '' : moneyInputText(minor, currency);
}

/** UTF-8 with a byte-order mark, so spreadsheets show Polish and Russian letters right. */
function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return stringify([header, ...rows], { bom: true });
}

/** Headers the importer recognises, so an exported file can be imported elsewhere as it is. */
const LEAD_HEADER = [
  'Lead',
  'External id',
  'Company',
  'Contact',
  'Email',
  'Source',
  'Campaign',
  'Industry',
  'Segment',
  'Company size',
  'Country',
  'Product',
  'Heard from',
  'Prompted by',
  'Note',
  'Slack owner',
  'Status',
  'Created',
  'Qualified at',
];

export function leadsCsv(leads: readonly Lead[], timeZone: string): string {
  return toCsv(
    LEAD_HEADER,
    leads.map((lead) => [
      `L-${lead.number}`,
      text(lead.externalId),
      text(lead.company),
      text(lead.contactName),
      text(lead.email),
      lead.source ?? '',
      text(lead.campaign),
      text(lead.industry),
      lead.segment ?? '',
      lead.companySize ?? '',
      lead.country ?? '',
      text(lead.product),
      text(lead.heardFrom),
      text(lead.promptedBy),
      text(lead.note),
      lead.ownerId,
      lead.status,
      instant(lead.createdAt, timeZone),
      instant(lead.qualifiedAt, timeZone),
    ]),
  );
}

const DEAL_HEADER = [
  'Deal',
  'External id',
  'Lead',
  'Company',
  'Stage',
  'Value',
  'Currency',
  'Discount',
  'Expected close',
  'Slack owner',
  'Created',
  'Closed',
  'Lost reason',
  'Stages entered in period',
];

export function dealsCsv(deals: readonly ExportedDeal[], timeZone: string): string {
  return toCsv(
    DEAL_HEADER,
    deals.map((deal) => [
      `D-${deal.number}`,
      text(deal.externalId),
      `L-${deal.lead.number}`,
      text(deal.lead.company),
      STAGE_LABELS[deal.stage as Stage] ?? deal.stage,
      money(deal.valueMinor, deal.currency),
      deal.currency,
      deal.discountPct,
      deal.expectedCloseDate ? isoDate(deal.expectedCloseDate) : '',
      deal.ownerId,
      instant(deal.createdAt, timeZone),
      instant(deal.closedAt, timeZone),
      text(deal.lostReason === 'other' ? deal.lostReasonText : deal.lostReason),
      deal.events.map((event) => STAGE_LABELS[event.toStage as Stage] ?? event.toStage).join('; '),
    ]),
  );
}

const UNIT_OF_KIND: Record<Exclude<FigureKind, 'money'>, string> = {
  count: 'count',
  percent: '%',
  days: 'days',
};

function figure(value: number | null, kind: FigureKind, currency: string): Cell {
  if (value === null) return '';
  if (kind === 'money') return moneyInputText(Math.round(value), currency);
  return Math.round(value * 100) / 100;
}

/** KPI names stay English in files, like the headers, so an export reads the same in every workspace. */
const ENGLISH = createTranslator('en');

/** The digest's KPIs for the period and the one before: a row each, n/a left empty. */
export function kpisCsv(figures: DigestFigures): string {
  const lines: KpiLine[] = [...FLOW_KPIS, ...RATE_KPIS, ...PACE_KPIS];
  return toCsv(
    ['KPI', 'Unit', formatPeriodRange(figures.period), formatPeriodRange(figures.previousPeriod)],
    lines.map((line) => {
      const { current, previous } = line.pick(figures);
      const unit = line.kind === 'money' ? figures.currency : UNIT_OF_KIND[line.kind];
      return [
        ENGLISH.t(line.key),
        unit,
        figure(current, line.kind, figures.currency),
        figure(previous, line.kind, figures.currency),
      ];
    }),
  );
}

/** The period's three files: leads created, deals that moved, and the KPIs. */
export function periodCsvFiles(
  data: PeriodExportData,
  period: ReportingPeriod,
  periodLabel: string,
): CsvFile[] {
  const stem = `tandem-${formatPeriodRange(period).replace('..', '_')}`;
  return [
    {
      filename: `${stem}-leads.csv`,
      title: `Leads created ${periodLabel}`,
      content: leadsCsv(data.leads, period.timeZone),
      rows: data.leads.length,
    },
    {
      filename: `${stem}-deals.csv`,
      title: `Deals that moved ${periodLabel}`,
      content: dealsCsv(data.deals, period.timeZone),
      rows: data.deals.length,
    },
    {
      filename: `${stem}-kpis.csv`,
      title: `KPIs ${periodLabel}`,
      content: kpisCsv(data.figures),
      rows: FLOW_KPIS.length + RATE_KPIS.length + PACE_KPIS.length,
    },
  ];
}
