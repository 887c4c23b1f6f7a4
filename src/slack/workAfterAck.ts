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

export type WorkAfterAckLoad = { running: number; waiting: number; turnedAway: number };

export class WorkAfterAck {
  private running = 0;
  private turnedAway = 0;
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
