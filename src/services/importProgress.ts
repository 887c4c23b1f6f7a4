/** How far an import's writes have got: rows written (or failed) of the rows it plans to write. */
export type ImportProgress = { done: number; total: number };

/**
 * Counts an import's writes and reports every `every` rows and at the end, so a long import
 * (100 k rows) shows it is moving on the command line and in Slack.
 */
export class WriteProgress {
  private done = 0;
  private total = 0;
  private reported = 0;

  constructor(
    private readonly report: (progress: ImportProgress) => void,
    /** Rows between reports; bulk writes report in slices of this many. */
    readonly every: number,
  ) {}

  /** The number of rows the import is about to write. */
  start(total: number): void {
    this.total += total;
  }

  advance(count: number): void {
    this.done += count;
    if (this.done - this.reported >= this.every || (this.done === this.total && this.done > this.reported)) {
      this.reported = this.done;
      this.report({ done: this.done, total: this.total });
    }
  }
}
