import type { ReportingPeriod } from '../../domain/digestFigures';
import type { PeriodAggregates } from '../../domain/kpis';
import { FUNNEL_STAGES, STAGES, type Stage } from '../../domain/stages';
import { Prisma } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../database';
import { toNullableNumber, toNumber } from '../sqlDialect';
import {
  dealsTable,
  isStageChange,
  type MetricsQueryContext,
  periodsTable,
  spendOverlaps,
  spendShare,
  withTables,
  within,
} from './tables';

/**
 * The per-period figures (docs/METRICS.md → Flow counts and KPIs), each query computing every
 * period at once: one row (or group) per period of the `periods` table, idx 0 the oldest.
 */

type Row = Record<string, unknown>;

/** One query in flight, and how to read its rows into part of each period's aggregates. */
export type PeriodQuery = {
  query: Prisma.PrismaPromise<Row[]>;
  read(rows: Row[], into: Partial<PeriodAggregates>[]): void;
};

function periodIndex(row: Row): number {
  return toNumber(row.idx);
}

function rowsByPeriod(
  rows: Row[],
  into: Partial<PeriodAggregates>[],
  read: (row: Row) => Partial<PeriodAggregates>,
) {
  for (const row of rows) Object.assign(into[periodIndex(row)] ?? {}, read(row));
}

/** Leads created and qualified, positive feedback and spend. */
export function volumeQuery(
  prisma: PrismaDatabase,
  context: MetricsQueryContext,
  periods: readonly ReportingPeriod[],
): PeriodQuery {
  const { dialect, teamId } = context;
  const query = prisma.$queryRaw<Row[]>`${withTables(periodsTable(dialect, periods))}
    SELECT p."idx",
      (SELECT COUNT(*) FROM "Lead" l
        WHERE l."teamId" = ${teamId} AND ${within(Prisma.sql`l."createdAt"`)}) AS "leadsCreated",
      (SELECT COUNT(*) FROM "Lead" l
        WHERE l."teamId" = ${teamId} AND l."status" = 'qualified' AND ${within(Prisma.sql`l."createdAt"`)}
      ) AS "leadsCreatedQualified",
      (SELECT COUNT(*) FROM "Lead" l
        WHERE l."teamId" = ${teamId} AND l."status" = 'qualified' AND ${within(Prisma.sql`l."qualifiedAt"`)}
      ) AS "leadsQualified",
      (SELECT COUNT(*) FROM "Feedback" f
        WHERE f."teamId" = ${teamId} AND f."sentiment" = 'positive' AND ${within(Prisma.sql`f."createdAt"`)}
      ) AS "positiveFeedback",
      (SELECT SUM(${spendShare(dialect)}) FROM "Spend" s WHERE ${spendOverlaps(context)}) AS "spendMinor"
    FROM "periods" p`;
  return {
    query,
    read: (rows, into) =>
      rowsByPeriod(rows, into, (row) => ({
        leadsCreated: toNumber(row.leadsCreated),
        leadsCreatedQualified: toNumber(row.leadsCreatedQualified),
        leadsQualified: toNumber(row.leadsQualified),
        positiveFeedback: toNumber(row.positiveFeedback),
        spendMinor: toNumber(row.spendMinor),
      })),
  };
}

/** Stage-change events per stage entered; stages nobody entered count 0. */
export function stageEntriesQuery(
  prisma: PrismaDatabase,
  context: MetricsQueryContext,
  periods: readonly ReportingPeriod[],
): PeriodQuery {
  const query = prisma.$queryRaw<Row[]>`${withTables(periodsTable(context.dialect, periods))}
    SELECT p."idx", e."toStage" AS "stage", COUNT(*) AS "entries"
    FROM "periods" p JOIN "StageEvent" e
      ON e."teamId" = ${context.teamId} AND ${isStageChange('e')} AND ${within(Prisma.sql`e."at"`)}
    GROUP BY p."idx", e."toStage"`;
  return {
    query,
    read: (rows, into) => {
      for (const target of into)
        target.stageEntries = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
      for (const row of rows) {
        const entries = into[periodIndex(row)]?.stageEntries;
        const stage = String(row.stage) as Stage;
        if (entries && stage in entries) entries[stage] = toNumber(row.entries);
      }
    },
  };
}

/** Offers sent (first entries into OFFER), their average value and preparation time. */
export function offersQuery(
  prisma: PrismaDatabase,
  context: MetricsQueryContext,
  periods: readonly ReportingPeriod[],
): PeriodQuery {
  const { dialect } = context;
  const preparationDays = dialect.elapsedDays(Prisma.sql`f."firstOfferAt"`, Prisma.sql`f."firstDiscoveryAt"`);
  const query = prisma.$queryRaw<Row[]>`${withTables(periodsTable(dialect, periods), dealsTable(context))}
    SELECT p."idx", COUNT(f."dealId") AS "offersSent",
      ${dialect.real(Prisma.sql`AVG(f."firstOfferValueMinor")`)} AS "averageOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN f."firstDiscoveryAt" <= f."firstOfferAt" THEN ${preparationDays} END)`)}
        AS "averageOfferPreparationDays"
    FROM "periods" p LEFT JOIN "deals" f ON ${within(Prisma.sql`f."firstOfferAt"`)}
    GROUP BY p."idx"`;
  return {
    query,
    read: (rows, into) =>
      rowsByPeriod(rows, into, (row) => ({
        offersSent: toNumber(row.offersSent),
        averageOfferValueMinor: toNullableNumber(row.averageOfferValueMinor),
        averageOfferPreparationDays: toNullableNumber(row.averageOfferPreparationDays),
      })),
  };
}

const OFFER_RANK = Prisma.raw(String(FUNNEL_STAGES.indexOf('OFFER')));

/** Deals decided in the period (by their closing events), and the customers they made. */
export function outcomesQuery(
  prisma: PrismaDatabase,
  context: MetricsQueryContext,
  periods: readonly ReportingPeriod[],
): PeriodQuery {
  const { dialect } = context;
  const won = Prisma.sql`f."outcome" = 'WON'`;
  const kept = Prisma.sql`${won} AND f."closeValueMinor" IS NOT NULL AND f."firstOfferValueMinor" > 0`;
  const daysToClose = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."leadCreatedAt"`);
  const query = prisma.$queryRaw<Row[]>`${withTables(periodsTable(dialect, periods), dealsTable(context))}
    SELECT p."idx",
      SUM(CASE WHEN ${won} THEN 1 ELSE 0 END) AS "wins",
      SUM(CASE WHEN f."outcome" = 'LOST' THEN 1 ELSE 0 END) AS "losses",
      SUM(CASE WHEN ${won} THEN f."closeValueMinor" END) AS "wonValueMinor",
      SUM(CASE WHEN f."outcome" = 'LOST' THEN f."closeValueMinor" END) AS "lostValueMinor",
      SUM(CASE WHEN f."reachedRank" >= ${OFFER_RANK} THEN 1 ELSE 0 END) AS "decidedAfterOffer",
      SUM(CASE WHEN ${won} AND f."reachedRank" >= ${OFFER_RANK} THEN 1 ELSE 0 END) AS "wonAfterOffer",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN f."closeDiscountPct" END)`)} AS "averageDiscountPct",
      SUM(CASE WHEN ${kept} THEN f."closeValueMinor" END) AS "keptWonValueMinor",
      SUM(CASE WHEN ${kept} THEN f."firstOfferValueMinor" END) AS "keptOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN ${daysToClose} END)`)} AS "averageDaysToClose",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN f."negotiated" = 1 THEN f."negotiationRounds" END)`)}
        AS "averageNegotiationRounds",
      COUNT(DISTINCT CASE WHEN ${won} AND f."closedAt" = f."clientFirstWinAt" THEN f."companyKey" END)
        AS "newCustomers",
      COUNT(DISTINCT CASE WHEN ${won} AND f."clientFirstWinAt" < p."startAt" THEN f."companyKey" END)
        AS "repeatCustomers"
    FROM "periods" p LEFT JOIN "deals" f ON ${within(Prisma.sql`f."closedAt"`)}
    GROUP BY p."idx"`;
  return {
    query,
    read: (rows, into) =>
      rowsByPeriod(rows, into, (row) => ({
        wins: toNumber(row.wins),
        losses: toNumber(row.losses),
        wonValueMinor: toNumber(row.wonValueMinor),
        lostValueMinor: toNumber(row.lostValueMinor),
        decidedAfterOffer: toNumber(row.decidedAfterOffer),
        wonAfterOffer: toNumber(row.wonAfterOffer),
        averageDiscountPct: toNullableNumber(row.averageDiscountPct),
        keptWonValueMinor: toNumber(row.keptWonValueMinor),
        keptOfferValueMinor: toNumber(row.keptOfferValueMinor),
        averageDaysToClose: toNullableNumber(row.averageDaysToClose),
        averageNegotiationRounds: toNullableNumber(row.averageNegotiationRounds),
        newCustomers: toNumber(row.newCustomers),
        repeatCustomers: toNumber(row.repeatCustomers),
      })),
  };
}
