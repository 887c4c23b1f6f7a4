import type { ActionItem } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';

/** What an action item is shown with: its deal or lead, and the meeting's period. */
export const ACTION_ITEM_DETAIL = {
  deal: { select: { number: true, lead: { select: { company: true } } } },
  lead: { select: { number: true, company: true } },
  meeting: { select: { periodStart: true, periodEnd: true } },
} as const;

export type ActionItemDetail = ActionItem & {
  deal: { number: number; lead: { company: string } } | null;
  lead: { number: number; company: string } | null;
  meeting: { periodStart: Date; periodEnd: Date };
};

export type NewActionItem = {
  ownerId: string;
  text: string;
  dueDate: Date;
  dealId?: string;
  leadId?: string;
  channel?: string;
};

/** A change that applies only to an open item; `changed` is false when it was already done. */
export type ActionItemChange = { changed: boolean; item: ActionItemDetail };

export type ActionItemFilter = { ownerId?: string };

/** A team with open items due before some day, and its zone, for the daily reminder. */
export type ReminderTeam = { id: string; slackTeamId: string; timezone: string; locale: string };

export class ActionItemStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  async create(
    teamId: string,
    meetingId: string,
    item: NewActionItem,
    createdById: string,
    at: Date,
  ): Promise<ActionItemDetail> {
    return this.prisma.actionItem.create({
      data: {
        teamId,
        meetingId,
        ownerId: item.ownerId,
        text: item.text,
        dueDate: item.dueDate,
        dealId: item.dealId ?? null,
        leadId: item.leadId ?? null,
        channel: item.channel ?? null,
        createdById,
        createdAt: at,
      },
      include: ACTION_ITEM_DETAIL,
    });
  }

  async find(teamId: string, id: string): Promise<ActionItemDetail | undefined> {
    return (
      (await this.prisma.actionItem.findFirst({ where: { id, teamId }, include: ACTION_ITEM_DETAIL })) ??
      undefined
    );
  }

  /** Remembers the owner's DM so done and snooze can update it. */
  /** The team of an item `ownerId` owns, whatever team they are in now (a DM's button carries only the item). */
  async teamIdOf(id: string, ownerId: string): Promise<string | undefined> {
    const item = await this.prisma.actionItem.findFirst({ where: { id, ownerId }, select: { teamId: true } });
    return item?.teamId;
  }

  async recordDm(id: string, channelId: string, ts: string): Promise<void> {
    await this.prisma.actionItem.update({ where: { id }, data: { dmChannelId: channelId, dmTs: ts } });
  }

  async markDone(
    teamId: string,
    id: string,
    actorId: string,
    at: Date,
  ): Promise<ActionItemChange | undefined> {
    const updated = await this.prisma.actionItem.updateMany({
      where: { id, teamId, state: 'open' },
      data: { state: 'done', doneAt: at, doneById: actorId, snoozedUntil: null },
    });
    const item = await this.find(teamId, id);
    return item && { changed: updated.count === 1, item };
  }

  /** Pauses reminders of an open item until the calendar date `until`. */
  async snooze(teamId: string, id: string, until: Date): Promise<ActionItemChange | undefined> {
    const updated = await this.prisma.actionItem.updateMany({
      where: { id, teamId, state: 'open' },
      data: { snoozedUntil: until },
    });
    const item = await this.find(teamId, id);
    return item && { changed: updated.count === 1, item };
  }

  /** Open items, earliest due first. */
  async open(teamId: string, filter: ActionItemFilter, limit: number): Promise<ActionItemDetail[]> {
    return this.prisma.actionItem.findMany({
      where: { teamId, state: 'open', ...(filter.ownerId ? { ownerId: filter.ownerId } : {}) },
      include: ACTION_ITEM_DETAIL,
      orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
      take: limit,
    });
  }

  /** Done items, most recently done first. */
  async recentlyDone(teamId: string, filter: ActionItemFilter, limit: number): Promise<ActionItemDetail[]> {
    return this.prisma.actionItem.findMany({
      where: { teamId, state: 'done', ...(filter.ownerId ? { ownerId: filter.ownerId } : {}) },
      include: ACTION_ITEM_DETAIL,
      orderBy: [{ doneAt: 'desc' }, { createdAt: 'desc' }],
      take: limit,
    });
  }

  /** How many items are open and done, and how many open ones were due before `today`. */
  async counts(
    teamId: string,
    filter: ActionItemFilter,
    today: Date,
  ): Promise<{ open: number; done: number; overdue: number }> {
    const owner = filter.ownerId ? { ownerId: filter.ownerId } : {};
    const [open, done, overdue] = await Promise.all([
      this.prisma.actionItem.count({ where: { teamId, state: 'open', ...owner } }),
      this.prisma.actionItem.count({ where: { teamId, state: 'done', ...owner } }),
      this.prisma.actionItem.count({ where: { teamId, state: 'open', dueDate: { lt: today }, ...owner } }),
    ]);
    return { open, done, overdue };
  }

  /**
   * Teams with an open item due before `dueBefore`: a bound late enough for every zone's today,
   * so the reminder job visits only teams that may have something overdue.
   */
  async teamsWithOpenItemsDueBefore(dueBefore: Date): Promise<ReminderTeam[]> {
    return this.prisma.team.findMany({
      where: { actionItems: { some: { state: 'open', dueDate: { lt: dueBefore } } } },
      select: { id: true, slackTeamId: true, timezone: true, locale: true },
      orderBy: { id: 'asc' },
    });
  }

  /** Open items overdue on `today`, not snoozed past it and not yet reminded on it. */
  async dueForReminder(teamId: string, today: Date, limit: number): Promise<ActionItemDetail[]> {
    return this.prisma.actionItem.findMany({
      where: {
        teamId,
        state: 'open',
        dueDate: { lt: today },
        AND: [
          { OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: today } }] },
          { OR: [{ lastRemindedOn: null }, { lastRemindedOn: { lt: today } }] },
        ],
      },
      include: ACTION_ITEM_DETAIL,
      orderBy: [{ ownerId: 'asc' }, { dueDate: 'asc' }],
      take: limit,
    });
  }

  /**
   * Takes today's reminder of the given items in one statement and returns the ids it took: each
   * item is taken by exactly one caller per day, whatever ticks or instances race for it.
   */
  async claimReminders(ids: string[], today: Date): Promise<Set<string>> {
    const taken = await this.prisma.actionItem.updateManyAndReturn({
      where: {
        id: { in: ids },
        state: 'open',
        OR: [{ lastRemindedOn: null }, { lastRemindedOn: { lt: today } }],
      },
      data: { lastRemindedOn: today },
      select: { id: true },
    });
    return new Set(taken.map((item) => item.id));
  }

  /** Gives back a claimed reminder whose DM failed, so the next tick sends it. */
  async releaseReminder(id: string, today: Date, previous: Date | null): Promise<void> {
    await this.prisma.actionItem.updateMany({
      where: { id, lastRemindedOn: today },
      data: { lastRemindedOn: previous },
    });
  }
}
