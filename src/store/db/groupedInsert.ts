/**
 * Inserts rows in groups: the first row goes at once, and rows that arrive while an insert is in
 * flight go together in the next one. A burst of commands then costs a few commits (each an fsync
 * on SQLite, a WAL flush on PostgreSQL) instead of one each, which is what kept their acks waiting
 * in line (docs/BENCHMARKS.md, "Right after start"). When a group's insert fails, its rows are
 * inserted one by one, so that a row the database refuses (a replayed request's duplicate key) fails
 * alone and the others are kept.
 */
/** A row waiting for its insert, with the promise its caller awaits. */
type Waiting<Row> = { row: Row; resolve(): void; reject(error: unknown): void };

export class GroupedInsert<Row> {
  private readonly waiting: Waiting<Row>[] = [];
  private inFlight = false;

  constructor(
    private readonly insertAll: (rows: Row[]) => Promise<unknown>,
    private readonly maxRows = 100,
  ) {}

  insert(row: Row): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      if (!this.inFlight) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.inFlight = true;
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.maxRows);
      try {
        await this.insertAll(group.map((each) => each.row));
        for (const each of group) each.resolve();
      } catch (error) {
        if (group.length === 1) group[0]?.reject(error);
        else await Promise.all(group.map((each) => this.insertAlone(each)));
      }
    }
    this.inFlight = false;
  }

  private async insertAlone(each: Waiting<Row>): Promise<void> {
    try {
      await this.insertAll([each.row]);
      each.resolve();
    } catch (error) {
      each.reject(error);
    }
  }
}
