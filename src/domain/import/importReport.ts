import type { ImportProblem } from './importProblem';
import type { ColumnMapping } from './columnMapping';
import type { CsvLineProblem } from './csvFile';
import type { ColumnSpec, ImportKind } from './importColumns';
import type { PlanLine } from './importPlan';
import type { CrmName } from './presets';

/** What happened (or, in a dry run, would happen) to one line of the file. */
export type ImportOutcome = 'create' | 'update' | 'unchanged' | 'reject' | 'failed';

export type ReportLine = { line: number; outcome: ImportOutcome; subject: string; details: string[] };

export type ImportReport = {
  kind: ImportKind;
  /** The CRM whose export the file was read as (`--from`, or told from its headers). */
  from?: CrmName;
  /** False for a dry run: nothing was written. */
  applied: boolean;
  columns: ColumnMapping['used'];
  ignoredHeaders: string[];
  /** What the import says about the file as a whole: values it read as "other", leads it adds. */
  notes: string[];
  lines: ReportLine[];
};

/** `“Źródło” (Source channel): “tiktok” is not one of the team's channels…` */
export function describeProblem(
  found: ImportProblem,
  mapping: ColumnMapping,
  columns: readonly ColumnSpec[],
): string {
  const used = mapping.used.find((column) => column.key === found.field);
  if (used) return `“${used.header}” (${used.label}): ${found.message}`;
  const spec = columns.find((column) => column.key === found.field);
  return `${spec?.label ?? found.field}: ${found.message}`;
}

/** The report line of a planned row; `details` of a rejection name the file's own headers. */
export function reportLineOf(
  planned: PlanLine<unknown, unknown>,
  mapping: ColumnMapping,
  columns: readonly ColumnSpec[],
): ReportLine {
  const { line, subject } = planned;
  switch (planned.action) {
    case 'create':
    case 'unchanged':
      return { line, outcome: planned.action, subject, details: [] };
    case 'update':
      return { line, outcome: 'update', subject, details: planned.changes };
    case 'reject':
      return {
        line,
        outcome: 'reject',
        subject,
        details: planned.problems.map((each) => describeProblem(each, mapping, columns)),
      };
  }
}

export function unreadableLine(problem: CsvLineProblem): ReportLine {
  return { line: problem.line, outcome: 'reject', subject: '', details: [problem.message] };
}

export type OutcomeCounts = Record<ImportOutcome, number>;

export function countOutcomes(lines: readonly ReportLine[]): OutcomeCounts {
  const counts: OutcomeCounts = { create: 0, update: 0, unchanged: 0, reject: 0, failed: 0 };
  for (const line of lines) counts[line.outcome] += 1;
  return counts;
}

const OUTCOME_WORDS: Record<ImportOutcome, { planned: string; done: string }> = {
  create: { planned: 'to create', done: 'created' },
  update: { planned: 'to update', done: 'updated' },
  unchanged: { planned: 'unchanged', done: 'unchanged' },
  reject: { planned: 'rejected', done: 'rejected' },
  failed: { planned: 'failed', done: 'failed' },
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The report as the CLI prints it: the column mapping, one line per created, updated, rejected or
 * failed row (unchanged rows are only counted), and the totals.
 */
export function formatImportReport(
  report: ImportReport,
  context: { source: string; workspace: string },
): string[] {
  const heading = `Import of ${report.kind} from ${context.source} into workspace ${context.workspace}${
    report.applied ? '' : ' (dry run)'
  }`;
  const columns = report.columns.map((column) => `${column.label} ← “${column.header}”`).join(', ');
  const lines = [heading, `Columns: ${columns}`];
  if (report.ignoredHeaders.length > 0) {
    lines.push(`Not imported: ${report.ignoredHeaders.map((header) => `“${header}”`).join(', ')}`);
  }
  lines.push(...report.notes.map((note) => `Note: ${note}`), '');
  const width = String(report.lines.reduce((widest, each) => Math.max(widest, each.line), 1)).length;
  for (const each of report.lines) {
    if (each.outcome === 'unchanged') continue;
    const word = report.applied ? OUTCOME_WORDS[each.outcome].done : OUTCOME_WORDS[each.outcome].planned;
    const label = each.outcome === 'create' || each.outcome === 'update' ? word : word.toUpperCase();
    const isUpdate = each.outcome === 'update';
    const text = [each.subject, each.details.join(isUpdate ? ', ' : '; ')]
      .filter((part) => part !== '')
      .join(isUpdate ? ': ' : ' — ');
    lines.push(`line ${String(each.line).padStart(width)}  ${label.padEnd(9)}  ${text}`);
  }
  const counts = countOutcomes(report.lines);
  const rows = report.lines.length;
  const parts = (Object.keys(counts) as ImportOutcome[])
    .filter((outcome) => counts[outcome] > 0 || outcome === 'reject')
    .map(
      (outcome) =>
        `${counts[outcome]} ${report.applied ? OUTCOME_WORDS[outcome].done : OUTCOME_WORDS[outcome].planned}`,
    );
  lines.push('', `${plural(rows, 'row')}: ${parts.join(', ')}.`);
  if (!report.applied) {
    const writes = counts.create + counts.update;
    lines.push(
      writes > 0
        ? `Dry run: nothing was written. Run again with --apply to write ${plural(writes, 'row')}.`
        : 'Dry run: nothing was written, and there is nothing to write.',
    );
  }
  return lines;
}
