import type { ImportProblem } from './importProblem';

/**
 * What an import does with each row of the file, decided before anything is written: the dry run
 * prints it, `--apply` carries it out. Problems name import column keys (see importColumns.ts).
 */
export type PlanLine<Create, Update> =
  | { line: number; action: 'create'; subject: string; create: Create }
  | { line: number; action: 'update'; subject: string; changes: string[]; update: Update }
  | { line: number; action: 'unchanged'; subject: string }
  | { line: number; action: 'reject'; subject: string; problems: ImportProblem[] };

/** A row that was read, or the problems that kept it from being read. */
export type ReadRow<Row> = { line: number; subject: string } & (
  { ok: true; row: Row } | { ok: false; problems: ImportProblem[] }
);

export function rejectLine(line: number, subject: string, problems: ImportProblem[]): PlanLine<never, never> {
  return { line, action: 'reject', subject, problems };
}

/**
 * Remembers which line first claimed a key (an external id, a company and email), so a second row
 * for the same record is reported against the first rather than written twice.
 */
export class FirstClaims {
  private readonly lines = new Map<string, number>();

  /** The line that claimed `key` before, or undefined after claiming it for `line`. */
  claim(key: string, line: number): number | undefined {
    const earlier = this.lines.get(key);
    if (earlier !== undefined) return earlier;
    this.lines.set(key, line);
    return undefined;
  }
}
