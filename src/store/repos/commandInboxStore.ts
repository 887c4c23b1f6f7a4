import { randomUUID } from 'node:crypto';
import type { CommandInbox } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { GroupedInsert } from '../db/groupedInsert';
import { isUniqueViolation } from '../db/sqlDialect';

export type InboxCommand = CommandInbox;

/** What a slash command's inbox row keeps: enough to run the command again and answer its author. */
export type ReceivedCommand = {
  slackTeamId: string;
  enterpriseId?: string;
  userId: string;
  channelId: string;
  command: string;
  text: string;
  responseUrl: string;
};

/**
 * The command inbox (docs/decisions/0008-command-inbox.md): a slash command is written here before
 * its ack and stays until its author has been answered. `leaseUntil` keeps other instances off a
 * row while one works on it; a row whose lease ran out is claimed again (by compare-and-set on the
 * lease, so by one instance).
 */
export class CommandInboxStore {
  /** Commands received together are inserted together, one commit for the group. */
  private readonly received: GroupedInsert<InboxCommand>;

  constructor(private readonly prisma: PrismaDatabase) {
    this.received = new GroupedInsert((rows) => this.prisma.commandInbox.createMany({ data: rows }));
  }

  /**
   * One insert (shared with the commands received meanwhile): the command is kept from here on.
   * `id` is the request's own key when it has one (a replayed request carries the same key, so its
   * insert fails as a duplicate, alone: see GroupedInsert).
   */
  async receive(command: ReceivedCommand, at: Date, leaseMs: number, id?: string): Promise<InboxCommand> {
    const row: InboxCommand = {
      id: id ?? randomUUID(),
      slackTeamId: command.slackTeamId,
      enterpriseId: command.enterpriseId ?? null,
      userId: command.userId,
      channelId: command.channelId,
      command: command.command,
      text: command.text,
      responseUrl: command.responseUrl,
      receivedAt: at,
      leaseUntil: new Date(at.getTime() + leaseMs),
      attempts: 1,
      doneAt: null,
      outcome: null,
      answeredAt: null,
    };
    await this.received.insert(row);
    return row;
  }

  /** Marks a command done without a write of its own (it only read, or its write was in another form). */
  async markDone(id: string, at: Date): Promise<void> {
    await this.prisma.commandInbox.updateMany({
      where: { id, doneAt: null },
      data: { doneAt: at, outcome: 'saved' },
    });
  }

  /** Gives a command up as not saved; false when it was done meanwhile (then it was saved). */
  async markFailed(id: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.commandInbox.updateMany({
      where: { id, doneAt: null },
      data: { doneAt: at, outcome: 'failed' },
    });
    return count === 1;
  }

  async markAnswered(id: string, at: Date): Promise<void> {
    await this.prisma.commandInbox.updateMany({ where: { id }, data: { answeredAt: at } });
  }

  async find(id: string): Promise<InboxCommand | null> {
    return this.prisma.commandInbox.findUnique({ where: { id } });
  }

  /**
   * Takes up to `limit` unanswered rows whose lease ran out, each for `leaseMs` more; every row is
   * taken by one caller only (the lease it read must still be there when it takes it).
   */
  async claimDue(now: Date, leaseMs: number, limit: number): Promise<InboxCommand[]> {
    const due = await this.prisma.commandInbox.findMany({
      where: { answeredAt: null, leaseUntil: { lte: now } },
      orderBy: { receivedAt: 'asc' },
      take: limit,
    });
    const claimed: InboxCommand[] = [];
    for (const row of due) {
      const leaseUntil = new Date(now.getTime() + leaseMs);
      const { count } = await this.prisma.commandInbox.updateMany({
        where: { id: row.id, leaseUntil: row.leaseUntil, answeredAt: null },
        data: { leaseUntil, attempts: { increment: 1 } },
      });
      if (count === 1) claimed.push({ ...row, leaseUntil, attempts: row.attempts + 1 });
    }
    return claimed;
  }

  /**
   * Opens the connection and has the insert and delete compiled before the first command's ack
   * waits for them: a row written and deleted at once, never seen by a sweep (it is answered).
   */
  async warmUp(at: Date): Promise<void> {
    const id = `warm-up-${randomUUID()}`;
    await this.prisma.commandInbox.createMany({
      data: [
        {
          id,
          slackTeamId: '',
          userId: '',
          channelId: '',
          command: '',
          text: '',
          responseUrl: '',
          receivedAt: at,
          leaseUntil: at,
          answeredAt: at,
        },
      ],
    });
    await this.prisma.commandInbox.deleteMany({ where: { id } });
  }

  /** Unanswered rows (for /healthz and tests). */
  async countUnanswered(): Promise<number> {
    return this.prisma.commandInbox.count({ where: { answeredAt: null } });
  }

  /**
   * Claims an idempotency key for a form or button request (src/slack/requestOnce.ts): the row is
   * written answered, so the sweep never runs it, and pruned with the answered commands. True
   * when this call wrote it, false when it was there already (a double click, a retry, a replay).
   */
  async claimKey(key: string, request: ReceivedCommand, at: Date): Promise<boolean> {
    try {
      await this.prisma.commandInbox.create({
        data: {
          id: key,
          slackTeamId: request.slackTeamId,
          enterpriseId: request.enterpriseId ?? null,
          userId: request.userId,
          channelId: request.channelId,
          command: request.command,
          text: '',
          responseUrl: '',
          receivedAt: at,
          leaseUntil: at,
          answeredAt: at,
        },
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Opens a key again: its run failed after a first write, so a retry must be able to finish the work. */
  async releaseKey(key: string): Promise<void> {
    await this.prisma.commandInbox.updateMany({ where: { id: key }, data: { doneAt: null, outcome: null } });
  }

  /** Keeps the answer the first run of a key gave, for the requests that repeat it. */
  async recordAnswer(key: string, answer: string): Promise<void> {
    await this.prisma.commandInbox.updateMany({ where: { id: key }, data: { text: answer } });
  }

  /** A key's row: whether its work wrote (`doneAt`) and the answer it gave (`text`, '' until given). */
  async findKey(key: string): Promise<{ doneAt: Date | null; answer: string } | undefined> {
    const row = await this.prisma.commandInbox.findUnique({
      where: { id: key },
      select: { doneAt: true, text: true },
    });
    return row ? { doneAt: row.doneAt, answer: row.text } : undefined;
  }

  /** Deletes answered rows answered before `before`: they hold what users typed. */
  async pruneAnswered(before: Date): Promise<number> {
    const { count } = await this.prisma.commandInbox.deleteMany({ where: { answeredAt: { lt: before } } });
    return count;
  }
}
