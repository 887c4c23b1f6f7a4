import { KPI_IDS, type KpiId } from '../../domain/kpiPolarity';
import type { PlanValue } from '../../domain/plan';
import type { PlanTarget } from '../../domain/planProgress';
import type { Plan } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';

export type PlanRecord = Plan;

/** A team's plans: each row applies from its `appliesFrom` until a later row for the same figure and channel. */
export class PlanStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** Sets the values together (one statement), applying from `appliesFrom`. */
  async set(teamId: string, values: PlanValue[], actorId: string, appliesFrom: Date): Promise<void> {
    await this.prisma.plan.createMany({
      data: values.map((value) => ({
        teamId,
        figure: value.figure,
        channel: value.channel,
        value: value.value,
        setById: actorId,
        appliesFrom,
        createdAt: appliesFrom,
      })),
    });
  }

  /**
   * The plan in force at `at`: per figure and channel the latest row applying by then (plans repeat
   * until changed), ordered team-wide first, then by channel and figure.
   */
  async inForce(teamId: string, at: Date): Promise<PlanRecord[]> {
    const rows = await this.prisma.plan.findMany({
      where: { teamId, appliesFrom: { lte: at } },
      orderBy: [{ figure: 'asc' }, { channel: 'asc' }, { appliesFrom: 'desc' }, { createdAt: 'desc' }],
      distinct: ['figure', 'channel'],
    });
    return rows.sort((a, b) => a.channel.localeCompare(b.channel));
  }

  /** The plan in force at `at` as the digest compares it with actuals. */
  async targets(teamId: string, at: Date): Promise<PlanTarget[]> {
    const rows = await this.inForce(teamId, at);
    return rows.flatMap((row) =>
      (KPI_IDS as readonly string[]).includes(row.figure)
        ? [{ figure: row.figure as KpiId, channel: row.channel, value: row.value }]
        : [],
    );
  }
}
