import type { DigestRun, Prisma } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { moneyAsNumber } from '../db/moneyColumns';
import { OPEN_STAGES, type PipelineDeal } from './pipelineStore';

export type LeadAwaitingQualification = { number: number; company: string; createdAt: Date };

/** A list's first rows and how many there are in all. */
export type Counted<T> = { rows: T[]; total: number };

/** Read models of the App Home: one user's pipeline and the team's latest digest. */
export class HomeStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** The user's open deals, longest in their stage first. */
  async openDealsOf(teamId: string, ownerId: string, limit: number): Promise<Counted<PipelineDeal>> {
    return this.openDeals({ teamId, ownerId, stage: { in: [...OPEN_STAGES] } }, limit);
  }

  /** The user's open deals that entered their stage before `enteredBefore`. */
  async staleDealsOf(
    teamId: string,
    ownerId: string,
    enteredBefore: Date,
    limit: number,
  ): Promise<Counted<PipelineDeal>> {
    return this.openDeals(
      { teamId, ownerId, stage: { in: [...OPEN_STAGES] }, stageEnteredAt: { lt: enteredBefore } },
      limit,
    );
  }

  private async openDeals(where: Prisma.DealWhereInput, limit: number): Promise<Counted<PipelineDeal>> {
    const [rows, total] = await Promise.all([
      this.prisma.deal.findMany({
        where,
        include: { lead: { select: { number: true, company: true } } },
        orderBy: [{ stageEnteredAt: 'asc' }, { number: 'asc' }],
        take: limit,
      }),
      this.prisma.deal.count({ where }),
    ]);
    return { rows: moneyAsNumber(rows), total };
  }

  /** The user's leads still `new`, oldest first. */
  async leadsAwaitingQualification(
    teamId: string,
    ownerId: string,
    limit: number,
  ): Promise<Counted<LeadAwaitingQualification>> {
    const where = { teamId, ownerId, status: 'new' };
    const [rows, total] = await Promise.all([
      this.prisma.lead.findMany({
        where,
        select: { number: true, company: true, createdAt: true },
        orderBy: [{ createdAt: 'asc' }, { number: 'asc' }],
        take: limit,
      }),
      this.prisma.lead.count({ where }),
    ]);
    return { rows, total };
  }

  /** The latest digest posted, for its permalink. */
  async latestPostedDigest(teamId: string): Promise<DigestRun | undefined> {
    const run = await this.prisma.digestRun.findFirst({
      where: { teamId, status: 'posted' },
      orderBy: [{ periodEnd: 'desc' }, { postedAt: 'desc' }],
    });
    return run ?? undefined;
  }
}
