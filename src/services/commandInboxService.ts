import type { Clock } from '../clock';
import type { Store } from '../store';
import type { InboxCommand, ReceivedCommand } from '../store/repos/commandInboxStore';

/**
 * The durable command inbox's writes (src/slack/commandInbox.ts keeps slash commands from before
 * their ack until their author is answered), each at the clock's now.
 */
export class CommandInboxService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** One insert before the ack: the command is kept, leased to this run for `leaseMs`. */
  receive(command: ReceivedCommand, leaseMs: number, id?: string): Promise<InboxCommand> {
    return this.store.commandInbox.receive(command, this.clock.now(), leaseMs, id);
  }

  /** Claims a form's or button's idempotency key; false when an earlier request holds it. */
  claimKey(key: string, request: ReceivedCommand): Promise<boolean> {
    return this.store.commandInbox.claimKey(key, request, this.clock.now());
  }

  /** Opens a key again after its run failed part way, so that a retry can finish the work. */
  releaseKey(key: string): Promise<void> {
    return this.store.commandInbox.releaseKey(key);
  }

  /** The answer the key's first run gave, kept for the requests that repeat it. */
  recordAnswer(key: string, answer: string): Promise<void> {
    return this.store.commandInbox.recordAnswer(key, answer);
  }

  /** Whether a key's work wrote, and the answer it gave ('' until given). */
  findKey(key: string): Promise<{ doneAt: Date | null; answer: string } | undefined> {
    return this.store.commandInbox.findKey(key);
  }

  /** The command's work is done (it only read, or its write was not the marking kind). */
  markDone(id: string): Promise<void> {
    return this.store.commandInbox.markDone(id, this.clock.now());
  }

  /** Gives the command up as not saved; false when it was done meanwhile (then it was saved). */
  markFailed(id: string): Promise<boolean> {
    return this.store.commandInbox.markFailed(id, this.clock.now());
  }

  /** Its author has been answered: nothing more to do for it. */
  markAnswered(id: string): Promise<void> {
    return this.store.commandInbox.markAnswered(id, this.clock.now());
  }

  /** Deletes answered commands older than `retentionMs`: they hold what users typed. */
  async pruneAnswered(retentionMs: number): Promise<void> {
    await this.store.commandInbox.pruneAnswered(new Date(this.clock.now().getTime() - retentionMs));
  }

  /** Up to `limit` kept commands whose run ended without an answer, each leased for `leaseMs`. */
  claimDue(leaseMs: number, limit: number): Promise<InboxCommand[]> {
    return this.store.commandInbox.claimDue(this.clock.now(), leaseMs, limit);
  }

  /** Opens the inbox's table once, so the first command's insert does not pay for it. */
  warmUp(): Promise<void> {
    return this.store.commandInbox.warmUp(this.clock.now());
  }
}
