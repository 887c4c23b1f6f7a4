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

/**
 * How many acknowledged commands may wait for a turn. Beyond it the app is overloaded (at the
 * embedded database's ~40 writes a second at 1 M leads, the last of them waits about 6 s for its
 * answer): a new command is turned away in its ack, with its text to send again, instead of
 * joining a backlog that only grows, holds memory and answers minutes late (docs/decisions/0006).
 */
export const WORK_AFTER_ACK_QUEUE_LIMIT = 250;

/** Under overload every new command is turned away: one warning per this interval says how many. */
export const TURNED_AWAY_REPORT_INTERVAL_MS = 10_000;

export type WorkAfterAckLoad = { running: number; waiting: number; turnedAway: number };

export class WorkAfterAck {
  private running = 0;
  private turnedAway = 0;
  private reportedTurnedAway = 0;
  private lastReportAt = Number.NEGATIVE_INFINITY;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit = WORK_AFTER_ACK_LIMIT,
    private readonly queueLimit = WORK_AFTER_ACK_QUEUE_LIMIT,
  ) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
    if (!Number.isInteger(queueLimit) || queueLimit < 0)
      throw new RangeError(`queueLimit must be a whole number, got ${queueLimit}`);
  }

  /** Commands doing their work now, waiting for a turn, and turned away since the start. */
  get load(): WorkAfterAckLoad {
    return { running: this.running, waiting: this.waiting.length, turnedAway: this.turnedAway };
  }

  /** Whether a command acknowledged now would get a turn or a place in the queue; if not, it counts as turned away. */
  admit(): boolean {
    if (this.running < this.limit || this.waiting.length < this.queueLimit) return true;
    this.turnedAway += 1;
    return false;
  }

  /**
   * How many commands were turned away since the last report, when there are some and the last
   * report is `intervalMs` old (the first comes at once); else undefined.
   */
  turnedAwayToReport(nowMs: number, intervalMs = TURNED_AWAY_REPORT_INTERVAL_MS): number | undefined {
    const unreported = this.turnedAway - this.reportedTurnedAway;
    if (unreported === 0 || nowMs - this.lastReportAt < intervalMs) return undefined;
    this.reportedTurnedAway = this.turnedAway;
    this.lastReportAt = nowMs;
    return unreported;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      // Starts on a later turn of the event loop, so the acks of a burst that arrived together go
      // out before any of its work runs (an ack waiting behind query compilation is a late ack).
      await new Promise((resolve) => setImmediate(resolve));
      return await work();
    } finally {
      // The turn passes straight to the next waiter, so `running` never dips and overshoots.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
