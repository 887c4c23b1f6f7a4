/**
 * How many acknowledged commands may do their work (database writes, replies) at once; the rest
 * wait their turn in arrival order. Without a bound, a burst of commands starts that many
 * database transactions together: they queue inside the connection pool, time out there
 * ("Unable to start a transaction in the given time") and every rep in the burst gets a failure.
 * Waiting here costs a closure per command; the ack has already gone out, and a response_url
 * stays valid for 30 minutes. Kept below the PostgreSQL pool size (DEFAULT_POOL_SIZE = 10) so
 * digests and the scheduler still find a free connection.
 */
export const WORK_AFTER_ACK_LIMIT = 8;

export class WorkAfterAck {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit = WORK_AFTER_ACK_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }

  /** Commands doing their work now, and waiting for a turn. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await work();
    } finally {
      // The turn passes straight to the next waiter, so `running` never dips and overshoots.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
