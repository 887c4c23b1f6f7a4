import { Prisma } from '../../src/generated/postgresql/client';
import { periodsTable, spendOverlaps, spendShare, within } from '../../src/store/metrics/tables';
import type { ReportingPeriod } from '../../src/domain/digestFigures';
import {
  ANY_STAGE,
  clientFirstWin,
  closingTable,
  firstOffersTable,
  type FloorContext,
  inWindow,
} from './floorFragments';

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
  return Prisma.sql`WITH ${periodsTable(context.dialect, periods)}
    SELECT p."idx", e."toStage" AS "stage", COUNT(*) AS "entries"
    FROM "StageEvent" e JOIN "periods" p ON ${within(Prisma.sql`e."at"`)}
    WHERE e."teamId" = ${context.teamId} AND e."toStage" IN ${ANY_STAGE} AND e."kind" <> 'update'
      AND ${inWindow(context, 'e."at"')}
    GROUP BY p."idx", e."toStage"`;
}

export function floorOffers(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const { dialect } = context;
  const preparation = dialect.elapsedDays(Prisma.sql`o."offerAt"`, Prisma.sql`o."discoveryAt"`);
  return Prisma.sql`WITH ${periodsTable(dialect, periods)}, ${firstOffersTable(context)}
    SELECT p."idx", COUNT(o."dealId") AS "offersSent",
      ${dialect.real(Prisma.sql`AVG(o."offerValueMinor")`)} AS "averageOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN o."discoveryAt" <= o."offerAt" THEN ${preparation} END)`)}
        AS "averageOfferPreparationDays"
    FROM "periods" p LEFT JOIN "offers" o ON ${within(Prisma.sql`o."offerAt"`)}
    GROUP BY p."idx"`;
}

export function floorOutcomes(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const { dialect } = context;
  const won = Prisma.sql`f."outcome" = 'WON'`;
  const kept = Prisma.sql`${won} AND f."closeValueMinor" IS NOT NULL AND f."firstOfferValueMinor" > 0`;
  const daysToClose = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."leadCreatedAt"`);
  const entered = (stages: string) =>
    Prisma.raw(`EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = c."dealId" AND r."kind" <> 'update'
      AND r."toStage" IN (${stages}))`);
  return Prisma.sql`WITH ${periodsTable(dialect, periods)}, ${closingTable(context)},
    "facts" AS (
      SELECT c.*,
        CASE WHEN c."outcome" = 'WON' OR ${entered(`'OFFER', 'NEGOTIATION', 'WON'`)} THEN 1 ELSE 0 END AS "reachedOffer",
        CASE WHEN ${entered(`'NEGOTIATION'`)} THEN 1 ELSE 0 END AS "negotiated",
        (SELECT CASE WHEN o."currency" = ${context.currency} THEN o."valueMinor" END FROM "StageEvent" o
          WHERE o."dealId" = c."dealId" AND o."toStage" = 'OFFER' AND o."kind" <> 'update'
          ORDER BY o."at", o."id" LIMIT 1) AS "firstOfferValueMinor",
        CASE WHEN c."outcome" = 'WON' THEN ${clientFirstWin(context, 'c')} END AS "clientFirstWinAt"
      FROM "closing" c
    )
    SELECT p."idx",
      SUM(CASE WHEN ${won} THEN 1 ELSE 0 END) AS "wins",
      SUM(CASE WHEN f."outcome" = 'LOST' THEN 1 ELSE 0 END) AS "losses",
      SUM(CASE WHEN ${won} THEN f."closeValueMinor" END) AS "wonValueMinor",
      SUM(CASE WHEN f."outcome" = 'LOST' THEN f."closeValueMinor" END) AS "lostValueMinor",
      SUM(f."reachedOffer") AS "decidedAfterOffer",
      SUM(CASE WHEN ${won} THEN f."reachedOffer" ELSE 0 END) AS "wonAfterOffer",
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
    FROM "periods" p LEFT JOIN "facts" f ON ${within(Prisma.sql`f."closedAt"`)}
    GROUP BY p."idx"`;
}
