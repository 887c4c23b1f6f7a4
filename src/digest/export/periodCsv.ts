import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { stringify } from 'csv-stringify/sync';
import { isoDate } from '../../domain/calendar';
import type { DigestFigures, ReportingPeriod } from '../../domain/digestFigures';
import { moneyInputText } from '../../domain/money';
import { formatPeriodRange } from '../../domain/periods';
import { STAGES, type Stage } from '../../domain/stages';
import type { LeadStatus } from '../../domain/lead';
import type { Lead } from '../../generated/postgresql/client';
import type { MessageKey } from '../../i18n/catalog';
import { stageLabel } from '../../i18n/stageLabel';
import type { Translator } from '../../i18n/translator';
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

/**
 * Column headers in the team's language; each is one the importer recognises, so an exported file
 * can be imported elsewhere as it is (test/digest/export/exportRoundTrip.test.ts).
 */
const LEAD_HEADER = [
  'exportFile.lead',
  'exportFile.externalId',
  'exportFile.company',
  'exportFile.contact',
  'exportFile.email',
  'exportFile.source',
  'exportFile.campaign',
  'exportFile.industry',
  'exportFile.segment',
  'exportFile.companySize',
  'exportFile.country',
  'exportFile.product',
  'exportFile.heardFrom',
  'exportFile.promptedBy',
  'exportFile.note',
  'exportFile.owner',
  'exportFile.status',
  'exportFile.created',
  'exportFile.qualifiedAt',
] as const satisfies readonly MessageKey[];

const headerIn = (t: Translator, keys: readonly MessageKey[]) => keys.map((key) => t.t(key));

export function leadsCsv(t: Translator, leads: readonly Lead[], timeZone: string): string {
  return toCsv(
    headerIn(t, LEAD_HEADER),
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
      t.t(`leads.status.${lead.status as LeadStatus}`),
      instant(lead.createdAt, timeZone),
      instant(lead.qualifiedAt, timeZone),
    ]),
  );
}

const DEAL_HEADER = [
  'exportFile.deal',
  'exportFile.externalId',
  'exportFile.lead',
  'exportFile.company',
  'exportFile.stage',
  'exportFile.value',
  'exportFile.currency',
  'exportFile.discount',
  'exportFile.expectedClose',
  'exportFile.owner',
  'exportFile.created',
  'exportFile.closed',
  'exportFile.lostReason',
  'exportFile.stagesEntered',
] as const satisfies readonly MessageKey[];

export function dealsCsv(t: Translator, deals: readonly ExportedDeal[], timeZone: string): string {
  const stage = (name: string) => (STAGES.includes(name as Stage) ? stageLabel(t, name as Stage) : name);
  return toCsv(
    headerIn(t, DEAL_HEADER),
    deals.map((deal) => [
      `D-${deal.number}`,
      text(deal.externalId),
      `L-${deal.lead.number}`,
      text(deal.lead.company),
      stage(deal.stage),
      money(deal.valueMinor, deal.currency),
      deal.currency,
      deal.discountPct,
      deal.expectedCloseDate ? isoDate(deal.expectedCloseDate) : '',
      deal.ownerId,
      instant(deal.createdAt, timeZone),
      instant(deal.closedAt, timeZone),
      text(deal.lostReason === 'other' ? deal.lostReasonText : deal.lostReason),
      deal.events.map((event) => stage(event.toStage)).join('; '),
    ]),
  );
}

const UNIT_OF_KIND: Record<Exclude<FigureKind, 'money' | 'percent'>, MessageKey> = {
  count: 'exportFile.unitCount',
  days: 'exportFile.unitDays',
};

function unitOf(t: Translator, kind: FigureKind, currency: string): string {
  if (kind === 'money') return currency;
  return kind === 'percent' ? '%' : t.t(UNIT_OF_KIND[kind]);
}

function figure(value: number | null, kind: FigureKind, currency: string): Cell {
  if (value === null) return '';
  if (kind === 'money') return moneyInputText(Math.round(value), currency);
  return Math.round(value * 100) / 100;
}

/** The digest's KPIs for the period and the one before: a row each, n/a left empty. */
export function kpisCsv(t: Translator, figures: DigestFigures): string {
  const lines: KpiLine[] = [...FLOW_KPIS, ...RATE_KPIS, ...PACE_KPIS];
  return toCsv(
    [
      t.t('exportFile.kpi'),
      t.t('exportFile.unit'),
      formatPeriodRange(figures.period),
      formatPeriodRange(figures.previousPeriod),
    ],
    lines.map((line) => {
      const { current, previous } = line.pick(figures);
      return [
        t.t(line.key),
        unitOf(t, line.kind, figures.currency),
        figure(current, line.kind, figures.currency),
        figure(previous, line.kind, figures.currency),
      ];
    }),
  );
}

/** The period's three files: leads created, deals that moved, and the KPIs, in the team's language. */
export function periodCsvFiles(
  t: Translator,
  data: PeriodExportData,
  period: ReportingPeriod,
  periodLabel: string,
): CsvFile[] {
  const stem = `tandem-${formatPeriodRange(period).replace('..', '_')}`;
  return [
    {
      filename: `${stem}-leads.csv`,
      title: t.t('exportFile.leadsTitle', { period: periodLabel }),
      content: leadsCsv(t, data.leads, period.timeZone),
      rows: data.leads.length,
    },
    {
      filename: `${stem}-deals.csv`,
      title: t.t('exportFile.dealsTitle', { period: periodLabel }),
      content: dealsCsv(t, data.deals, period.timeZone),
      rows: data.deals.length,
    },
    {
      filename: `${stem}-kpis.csv`,
      title: t.t('exportFile.kpisTitle', { period: periodLabel }),
      content: kpisCsv(t, data.figures),
      rows: FLOW_KPIS.length + RATE_KPIS.length + PACE_KPIS.length,
    },
  ];
}
