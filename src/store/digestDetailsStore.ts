import type { ReportingPeriod } from '../domain/digestFigures';
import { Prisma } from '../generated/postgresql/client';
import type { PrismaDatabase } from './database';
import { toNumber } from './sqlDialect';

/** A deal lost in the period with what its rep wrote about why. */
export type LostDealDetail = {
  dealNumber: number;
  company: string;
  reason: string | null;
  reasonText: string | null;
  valueMinor: number | null;
  ownerId: string;
};

/** Details a digest lists beside its figures, and the late entries that drift its figures. */
export class DigestDetailsStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** Deals that entered LOST in the period, newest first, with how many there are in all. */
  async lostDeals(
    teamId: string,
    period: ReportingPeriod,
    limit: number,
  ): Promise<{ items: LostDealDetail[]; total: number }> {
    const where = { teamId, toStage: 'LOST', at: { gte: period.start, lt: period.end } };
    const [events, total] = await Promise.all([
      this.prisma.stageEvent.findMany({
        where,
        orderBy: { at: 'desc' },
        take: limit,
        select: {
          reason: true,
          valueMinor: true,
          deal: {
            select: {
              number: true,
              lostReason: true,
              lostReasonText: true,
              ownerId: true,
              lead: { select: { company: true } },
            },
          },
        },
      }),
      this.prisma.stageEvent.count({ where }),
    ]);
    return {
      items: events.map((event) => ({
        dealNumber: event.deal.number,
        company: event.deal.lead.company,
        reason: event.deal.lostReason ?? event.reason,
        reasonText: event.deal.lostReasonText,
        valueMinor: event.valueMinor === null ? null : Number(event.valueMinor),
        ownerId: event.deal.ownerId,
      })),
      total,
    };
  }

  /**
   * Entries recorded after `since` that touch the period's figures: changes to leads created in
   * it, changes to deals with a stage event in it, and spend rows overlapping it.
   */
  async lateEntries(teamId: string, period: ReportingPeriod, since: Date): Promise<number> {
    const rows = await this.prisma.$queryRaw<{ entries: unknown }[]>(Prisma.sql`
      SELECT
        (SELECT CAST(COUNT(*) AS INTEGER) FROM "Change" c
          WHERE c."teamId" = ${teamId} AND c."createdAt" > ${since} AND c."undoneAt" IS NULL
            AND (
              (c."entityType" = 'lead' AND EXISTS (
                SELECT 1 FROM "Lead" l WHERE l."id" = c."entityId"
                  AND l."createdAt" >= ${period.start} AND l."createdAt" < ${period.end}))
              OR (c."entityType" = 'deal' AND EXISTS (
                SELECT 1 FROM "StageEvent" e WHERE e."dealId" = c."entityId"
                  AND e."at" >= ${period.start} AND e."at" < ${period.end}))
            ))
        + (SELECT CAST(COUNT(*) AS INTEGER) FROM "Spend" s
          WHERE s."teamId" = ${teamId} AND s."createdAt" > ${since}
            AND s."periodStart" < ${period.end} AND s."periodEnd" > ${period.start})
        AS "entries"`);
    return toNumber(rows[0]?.entries);
  }
}
