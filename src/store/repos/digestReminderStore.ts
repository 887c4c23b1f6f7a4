import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation } from '../db/sqlDialect';

/** A record that would weaken the next digest, owned by one rep. */
export type WeakRecord =
  | { kind: 'stale_deal'; ownerId: string; dealNumber: number; company: string; stage: string; since: Date }
  | { kind: 'deal_without_value'; ownerId: string; dealNumber: number; company: string; stage: string }
  | { kind: 'lead_without_source'; ownerId: string; leadNumber: number; company: string; createdAt: Date };

const OPEN_STAGES = { notIn: ['WON', 'LOST'] };

/** The pre-digest reminders: what each rep should fix, and the row that makes each DM go out once. */
export class DigestReminderStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /**
   * Open deals with no stage change since `staleBefore`, open deals without a value, and leads
   * created in [leadsFrom, leadsUntil) without a source channel; at most `limit` of each kind.
   */
  async weakRecords(
    teamId: string,
    window: { staleBefore: Date; leadsFrom: Date; leadsUntil: Date },
    limit: number,
  ): Promise<WeakRecord[]> {
    const dealSelect = {
      number: true,
      stage: true,
      ownerId: true,
      stageEnteredAt: true,
      lead: { select: { company: true } },
    };
    const [stale, withoutValue, withoutSource] = await Promise.all([
      this.prisma.deal.findMany({
        where: { teamId, stage: OPEN_STAGES, stageEnteredAt: { lt: window.staleBefore } },
        select: dealSelect,
        orderBy: { stageEnteredAt: 'asc' },
        take: limit,
      }),
      this.prisma.deal.findMany({
        where: { teamId, stage: OPEN_STAGES, valueMinor: null },
        select: dealSelect,
        orderBy: { number: 'asc' },
        take: limit,
      }),
      this.prisma.lead.findMany({
        where: {
          teamId,
          OR: [{ source: null }, { source: '' }],
          createdAt: { gte: window.leadsFrom, lt: window.leadsUntil },
        },
        select: { number: true, company: true, ownerId: true, createdAt: true },
        orderBy: { number: 'asc' },
        take: limit,
      }),
    ]);
    return [
      ...stale.map((deal): WeakRecord => ({
        kind: 'stale_deal',
        ownerId: deal.ownerId,
        dealNumber: deal.number,
        company: deal.lead.company,
        stage: deal.stage,
        since: deal.stageEnteredAt,
      })),
      ...withoutValue.map((deal): WeakRecord => ({
        kind: 'deal_without_value',
        ownerId: deal.ownerId,
        dealNumber: deal.number,
        company: deal.lead.company,
        stage: deal.stage,
      })),
      ...withoutSource.map((lead): WeakRecord => ({
        kind: 'lead_without_source',
        ownerId: lead.ownerId,
        leadNumber: lead.number,
        company: lead.company,
        createdAt: lead.createdAt,
      })),
    ];
  }

  /** Takes the right to DM `userId` about the digest ending at `periodEnd`; false when it was taken before. */
  async claim(teamId: string, periodEnd: Date, userId: string, items: number, at: Date): Promise<boolean> {
    try {
      await this.prisma.digestReminder.create({ data: { teamId, periodEnd, userId, items, sentAt: at } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Gives the claim back after the DM could not be sent, so the next tick tries again. */
  async release(teamId: string, periodEnd: Date, userId: string): Promise<void> {
    await this.prisma.digestReminder.deleteMany({ where: { teamId, periodEnd, userId } });
  }
}
