import type { ReportingPeriod } from '../../domain/digestFigures';
import type { PeriodAggregates } from '../../domain/kpis';
import { STAGES, type Stage } from '../../domain/stages';
import { Prisma } from '../../generated/postgresql/client';
import { toNullableNumber, toNumber } from '../sqlDialect';
import { closingRows, offerRows } from './dealFacts';
import {
  eachPeriod,
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

/** One query, and how to read its rows into part of each period's aggregates. */
export type PeriodQuery = {
  sql: Prisma.Sql;
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
export function volumeQuery(context: MetricsQueryContext, periods: readonly ReportingPeriod[]): PeriodQuery {
  const { dialect, teamId } = context;
  const sql = Prisma.sql`${withTables(periodsTable(dialect, periods))}
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
    sql,
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

/**
 * Stage-change events per stage entered: one count per period and stage, each a range of the
 * (teamId, toStage, at, kind, dealId) index read alone; stages nobody entered count 0.
 */
export function stageEntriesQuery(
  context: MetricsQueryContext,
  periods: readonly ReportingPeriod[],
): PeriodQuery {
  const { dialect } = context;
  const stages = STAGES.map((stage) => Prisma.sql`(${Prisma.raw(`'${stage}'`)})`);
  const sql = Prisma.sql`${withTables(periodsTable(dialect, periods), Prisma.sql`"stages"("stage") AS (VALUES ${Prisma.join(stages, ', ')})`)}
    SELECT p."idx", s."stage",
      (SELECT COUNT(*) FROM "StageEvent" e
        WHERE e."teamId" = ${context.teamId} AND e."toStage" = s."stage" AND ${within(Prisma.sql`e."at"`)}
          AND ${isStageChange('e')}) AS "entries"
    FROM "periods" p CROSS JOIN "stages" s`;
  return {
    sql,
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
export function offersQuery(context: MetricsQueryContext, periods: readonly ReportingPeriod[]): PeriodQuery {
  const { dialect } = context;
  const preparationDays = dialect.elapsedDays(Prisma.sql`o."offerAt"`, Prisma.sql`o."discoveryAt"`);
  const sql = eachPeriod(
    periods,
    (period, idx) => Prisma.sql`
    SELECT ${idx} AS "idx", COUNT(*) AS "offersSent",
      ${dialect.real(Prisma.sql`AVG(o."offerValueMinor")`)} AS "averageOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN o."discoveryAt" <= o."offerAt" THEN ${preparationDays} END)`)}
        AS "averageOfferPreparationDays"
    FROM (${offerRows(context, period)}) o`,
  );
  return {
    sql,
    read: (rows, into) =>
      rowsByPeriod(rows, into, (row) => ({
        offersSent: toNumber(row.offersSent),
        averageOfferValueMinor: toNullableNumber(row.averageOfferValueMinor),
        averageOfferPreparationDays: toNullableNumber(row.averageOfferPreparationDays),
      })),
  };
}

/** Deals decided in the period (by their closing events), and the customers they made. */
export function outcomesQuery(
  context: MetricsQueryContext,
  periods: readonly ReportingPeriod[],
): PeriodQuery {
  const { dialect } = context;
  const won = Prisma.sql`f."outcome" = 'WON'`;
  const kept = Prisma.sql`${won} AND f."closeValueMinor" IS NOT NULL AND f."firstOfferValueMinor" > 0`;
  const daysToClose = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."leadCreatedAt"`);
  // Every won deal reached OFFER, since WON ranks above it.
  const reachedOffer = Prisma.sql`CASE WHEN ${won} OR f."reachedOffer" = 1 THEN 1 ELSE 0 END`;
  const sql = eachPeriod(
    periods,
    (period, idx) => Prisma.sql`
    SELECT ${idx} AS "idx",
      SUM(CASE WHEN ${won} THEN 1 ELSE 0 END) AS "wins",
      SUM(CASE WHEN f."outcome" = 'LOST' THEN 1 ELSE 0 END) AS "losses",
      SUM(CASE WHEN ${won} THEN f."closeValueMinor" END) AS "wonValueMinor",
      SUM(CASE WHEN f."outcome" = 'LOST' THEN f."closeValueMinor" END) AS "lostValueMinor",
      SUM(${reachedOffer}) AS "decidedAfterOffer",
      SUM(CASE WHEN ${won} THEN ${reachedOffer} ELSE 0 END) AS "wonAfterOffer",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN f."closeDiscountPct" END)`)} AS "averageDiscountPct",
      SUM(CASE WHEN ${kept} THEN f."closeValueMinor" END) AS "keptWonValueMinor",
      SUM(CASE WHEN ${kept} THEN f."firstOfferValueMinor" END) AS "keptOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN ${daysToClose} END)`)} AS "averageDaysToClose",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN f."negotiated" = 1 THEN f."negotiationRounds" END)`)}
        AS "averageNegotiationRounds",
      COUNT(DISTINCT CASE WHEN ${won} AND f."closedAt" = f."clientFirstWinAt" THEN f."companyKey" END)
        AS "newCustomers",
      COUNT(DISTINCT CASE WHEN ${won} AND f."clientFirstWinAt" < ${dialect.instant(period.start)}
        THEN f."companyKey" END) AS "repeatCustomers"
    FROM (${closingRows(context, period)}) f`,
  );
  return {
    sql,
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
