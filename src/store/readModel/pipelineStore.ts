import { isClosedStage } from '../../domain/stageMove';
import { FUNNEL_STAGES, type Stage } from '../../domain/stages';
import type { Deal, Lead } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { type MoneyAsNumber, moneyAsNumber } from '../db/moneyColumns';

export type PipelineDeal = MoneyAsNumber<Deal> & { lead: Pick<Lead, 'number' | 'company'> };

/** Count and total value of the deals in one stage, per currency. */
export type StageTotal = { stage: Stage; currency: string; deals: number; valueMinor: number };

export type PipelineFilter = { stage?: Stage; ownerId?: string };

/** The open stages in funnel order: where `/deal list` groups deals. */
export const OPEN_STAGES: readonly Stage[] = FUNNEL_STAGES.filter((stage) => !isClosedStage(stage));

/** Read models of the pipeline: deals grouped by stage, with totals computed in SQL. */
export class PipelineStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** Deals and value per stage and currency, for the open stages or the one asked for. */
  async stageTotals(teamId: string, filter: PipelineFilter): Promise<StageTotal[]> {
    const groups = await this.prisma.deal.groupBy({
      by: ['stage', 'currency'],
      where: {
        teamId,
        stage: filter.stage ? filter.stage : { in: [...OPEN_STAGES] },
        ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
      },
      _count: { _all: true },
      _sum: { valueMinor: true },
      orderBy: [{ stage: 'asc' }, { currency: 'asc' }],
    });
    return groups.map((group) => ({
      stage: group.stage as Stage,
      currency: group.currency,
      deals: group._count._all,
      valueMinor: Number(group._sum.valueMinor ?? 0),
    }));
  }

  /**
   * The deals of one stage: open stages longest-waiting first (they need attention), closed stages
   * most recently closed first.
   */
  async dealsInStage(
    teamId: string,
    stage: Stage,
    filter: PipelineFilter,
    limit: number,
  ): Promise<PipelineDeal[]> {
    const deals = await this.prisma.deal.findMany({
      where: { teamId, stage, ...(filter.ownerId ? { ownerId: filter.ownerId } : {}) },
      include: { lead: { select: { number: true, company: true } } },
      orderBy: isClosedStage(stage)
        ? [{ closedAt: 'desc' }, { number: 'desc' }]
        : [{ stageEnteredAt: 'asc' }, { number: 'asc' }],
      take: limit,
    });
    return moneyAsNumber(deals);
  }
}
