import { Prisma } from '../../src/generated/postgresql/client';
import { periodsTable, spendOverlaps, spendShare, within } from '../../src/store/metrics/tables';
import type { ReportingPeriod } from '../../src/domain/digestFigures';
import { STAGES } from '../../src/domain/stages';
import { closingRows, firstOfferRows, type FloorContext, inWindow } from './floorFragments';

/**
 * The floor's per-period groups (volume, stage entries, offers, outcomes), each one query over
 * the six trend periods at once, returning the same columns as the digest's query of that group.
 */

export function floorVolume(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const { dialect, teamId } = context;
  return Prisma.sql`WITH ${periodsTable(dialect, periods)}
    SELECT p."idx", COALESCE(SUM(x."created"), 0) AS "leadsCreated",
      COALESCE(SUM(x."createdQualified"), 0) AS "leadsCreatedQualified",
      COALESCE(SUM(x."qualified"), 0) AS "leadsQualified",
      COALESCE(SUM(x."positive"), 0) AS "positiveFeedback",
      (SELECT SUM(${spendShare(dialect)}) FROM "Spend" s WHERE ${spendOverlaps(context)}) AS "spendMinor"
    FROM "periods" p LEFT JOIN (
      SELECT l."createdAt" AS "at", 1 AS "created",
        CASE WHEN l."status" = 'qualified' THEN 1 ELSE 0 END AS "createdQualified", 0 AS "qualified", 0 AS "positive"
      FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inWindow(context, 'l."createdAt"')}
      UNION ALL
      SELECT l."qualifiedAt", 0, 0, 1, 0 FROM "Lead" l
      WHERE l."teamId" = ${teamId} AND l."status" = 'qualified' AND ${inWindow(context, 'l."qualifiedAt"')}
      UNION ALL
      SELECT f."createdAt", 0, 0, 0, 1 FROM "Feedback" f
      WHERE f."teamId" = ${teamId} AND f."sentiment" = 'positive' AND ${inWindow(context, 'f."createdAt"')}
    ) x ON ${within(Prisma.sql`x."at"`)}
    GROUP BY p."idx", p."startAt", p."endAt", p."firstDay", p."endDay"`;
}

export function floorStageEntries(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const stages = Prisma.raw(STAGES.map((stage) => `('${stage}')`).join(', '));
  return Prisma.sql`WITH ${periodsTable(context.dialect, periods)}, "stages"("stage") AS (VALUES ${stages})
    SELECT p."idx", s."stage", (
      SELECT COUNT(*) FROM "StageEvent" e
      WHERE e."teamId" = ${context.teamId} AND e."toStage" = s."stage" AND ${within(Prisma.sql`e."at"`)}
        AND e."kind" <> 'update'
    ) AS "entries"
    FROM "periods" p CROSS JOIN "stages" s`;
}

/** Each period's own SELECT (its window as a FloorContext), joined with UNION ALL. */
function perPeriod(
  context: FloorContext,
  periods: readonly ReportingPeriod[],
  select: (period: FloorContext, idx: number) => Prisma.Sql,
): Prisma.Sql {
  return Prisma.join(
    periods.map((period, idx) => select({ ...context, start: period.start, end: period.end }, idx)),
    ' UNION ALL ',
  );
}

export function floorOffers(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const { dialect } = context;
  const preparation = dialect.elapsedDays(Prisma.sql`o."offerAt"`, Prisma.sql`o."discoveryAt"`);
  return perPeriod(
    context,
    periods,
    (period, idx) => Prisma.sql`
    SELECT ${Prisma.raw(String(idx))} AS "idx", COUNT(*) AS "offersSent",
      ${dialect.real(Prisma.sql`AVG(o."offerValueMinor")`)} AS "averageOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN o."discoveryAt" <= o."offerAt" THEN ${preparation} END)`)}
        AS "averageOfferPreparationDays"
    FROM (${firstOfferRows(period)}) o`,
  );
}

export function floorOutcomes(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const { dialect } = context;
  const won = Prisma.sql`f."outcome" = 'WON'`;
  const kept = Prisma.sql`${won} AND f."closeValueMinor" IS NOT NULL AND f."firstOfferValueMinor" > 0`;
  const reachedOffer = Prisma.sql`CASE WHEN ${won} OR f."reachedOffer" = 1 THEN 1 ELSE 0 END`;
  const daysToClose = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."leadCreatedAt"`);
  return perPeriod(
    context,
    periods,
    (period, idx) => Prisma.sql`
    SELECT ${Prisma.raw(String(idx))} AS "idx",
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
    FROM (${closingRows(period)}) f`,
  );
}
