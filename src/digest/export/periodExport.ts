import type { ReportingPeriod } from '../../domain/digestFigures';
import { createTranslator } from '../../i18n/translator';
import type { Store } from '../../store';
import type { TeamRecord } from '../../store/repos/teamStore';
import { formatPeriod } from '../format';
import { type CsvFile, periodCsvFiles } from './periodCsv';

export type PeriodExport = { periodLabel: string; files: CsvFile[] };

/**
 * The files `/digest export` uploads for a period: the leads created in it, the deals that moved in
 * it, and the digest's KPIs against the period before (the same figures the digest shows).
 */
export async function composePeriodExport(
  store: Store,
  team: TeamRecord,
  period: ReportingPeriod,
): Promise<PeriodExport> {
  const [leads, deals, figures] = await Promise.all([
    store.periodExports.leadsCreated(team.id, period),
    store.periodExports.dealsMoved(team.id, period),
    store.metrics.digestFigures(team.id, period),
  ]);
  // The files are shared in the team channel, so they are in the team's language like its posts.
  const t = createTranslator(team.locale);
  const periodLabel = formatPeriod(period, t);
  return { periodLabel, files: periodCsvFiles(t, { leads, deals, figures }, period, periodLabel) };
}
