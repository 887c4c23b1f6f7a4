import type { ReportingPeriod } from '../../domain/digestFigures';
import { Prisma } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { moneyAsNumber } from '../db/moneyColumns';
import { toNumber } from '../db/sqlDialect';

/** A deal lost in the period with what its rep wrote about why, and its value in its own currency. */
export type LostDealDetail = {
  dealNumber: number;
  company: string;
  reason: string | null;
  reasonText: string | null;
  valueMinor: number | null;
  currency: string;
  ownerId: string;
};

/** Details a digest lists beside its figures, and the late entries that drift its figures. */
export class DigestDetailsStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /**
   * The deals lost in the period, newest loss first, with how many there are in all: the deals
   * that are LOST and whose closing loss (their latest entry into LOST) is in the period, each
   * once — the same deals the lost-reasons table counts (docs/METRICS.md), read from DealFact. The
   * reason and value are the closing loss's.
   */
  async lostDeals(
    teamId: string,
    period: ReportingPeriod,
    limit: number,
  ): Promise<{ items: LostDealDetail[]; total: number }> {
    const where = { teamId, stage: 'LOST', closedAt: { gte: period.start, lt: period.end } };
    const [rows, total] = await Promise.all([
      this.prisma.dealFact.findMany({
        where,
        orderBy: [{ closedAt: 'desc' }, { dealId: 'desc' }],
        take: limit,
        select: {
          dealId: true,
          lostReason: true,
          closeValueMinor: true,
          closeCurrency: true,
          ownerId: true,
        },
      }),
      this.prisma.dealFact.count({ where }),
    ]);
    const facts = moneyAsNumber(rows);
    const deals = await this.prisma.deal.findMany({
      where: { teamId, id: { in: facts.map((fact) => fact.dealId) } },
      select: {
        id: true,
        number: true,
        lostReasonText: true,
        currency: true,
        lead: { select: { company: true } },
      },
    });
    const byId = new Map(deals.map((deal) => [deal.id, deal]));
    return {
      items: facts.flatMap((fact) => {
        const deal = byId.get(fact.dealId);
        if (!deal) return [];
        return [
          {
            dealNumber: deal.number,
            company: deal.lead.company,
            reason: fact.lostReason,
            reasonText: deal.lostReasonText,
            valueMinor: fact.closeValueMinor,
            currency: fact.closeCurrency ?? deal.currency,
            ownerId: fact.ownerId,
          },
        ];
      }),
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
