import type { ReportingPeriod } from '../../src/domain/digestFigures';
import { NO_LOST_REASON, NO_PRODUCT, NO_SOURCE } from '../../src/domain/digestFigures';
import { FUNNEL_STAGES } from '../../src/domain/stages';
import { Prisma } from '../../src/generated/postgresql/client';
import { periodsTable, spendOverlaps, spendShare, stageRank } from '../../src/store/metrics/tables';
import {
  ANY_STAGE,
  closingTable,
  firstOffersTable,
  type FloorContext,
  inWindow,
  orNone,
} from './floorFragments';

/**
 * The floor's breakdowns of the reported period (channels, lost reasons, products, priority
 * products without demand, reps) and the funnel cohort, one query each, with the digest's columns.
 */

export function floorChannels(context: FloorContext, period: ReportingPeriod): Prisma.Sql {
  const { dialect, teamId } = context;
  return Prisma.sql`WITH ${periodsTable(dialect, [period])}, ${closingTable(context)}
    SELECT "channel", SUM("leads") AS "leads", SUM("qualifiedLeads") AS "qualifiedLeads",
      SUM("spendMinor") AS "spendMinor", SUM("wins") AS "wins", SUM("wonValueMinor") AS "wonValueMinor"
    FROM (
      SELECT ${orNone('l."source"', NO_SOURCE)} AS "channel", 1 AS "leads",
        CASE WHEN l."status" = 'qualified' THEN 1 ELSE 0 END AS "qualifiedLeads",
        0 AS "spendMinor", 0 AS "wins", 0 AS "wonValueMinor"
      FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inWindow(context, 'l."createdAt"')}
      UNION ALL
      SELECT s."channel", 0, 0, ${spendShare(dialect)}, 0, 0 FROM "Spend" s JOIN "periods" p ON ${spendOverlaps(context)}
      UNION ALL
      SELECT ${orNone('c."source"', NO_SOURCE)}, 0, 0, 0, 1, c."closeValueMinor" FROM "closing" c WHERE c."outcome" = 'WON'
    ) activity
    GROUP BY "channel"`;
}

export function floorLostReasons(context: FloorContext): Prisma.Sql {
  return Prisma.sql`WITH ${closingTable(context)}
    SELECT "reason", COUNT(*) AS "count", SUM("valueMinor") AS "valueMinor"
    FROM (
      SELECT ${orNone('c."lostReason"', NO_LOST_REASON)} AS "reason", c."closeValueMinor" AS "valueMinor"
      FROM "closing" c WHERE c."outcome" = 'LOST'
    ) losses
    GROUP BY "reason"`;
}

/** The team's product options, and whether `text` names option `o` (key or label, any case). */
function productOptions(context: FloorContext): Prisma.Sql {
  return Prisma.sql`"TeamOption" o WHERE o."teamId" = ${context.teamId} AND o."kind" = 'product' AND o."archived" = false`;
}

function namesOption(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LOWER(TRIM(${text})) IN (LOWER(o."key"), LOWER(o."label"))`;
}

export function floorProducts(context: FloorContext): Prisma.Sql {
  const { dialect } = context;
  const listed = Prisma.sql`(SELECT MIN(${dialect.binary(Prisma.sql`o."key"`)}) FROM ${productOptions(context)}
    AND ${namesOption(Prisma.sql`c."product"`)})`;
  return Prisma.sql`WITH ${closingTable(context)}
    SELECT MIN(${dialect.binary(Prisma.sql`"product"`)}) AS "product", COUNT(*) AS "wins",
      SUM("valueMinor") AS "wonValueMinor"
    FROM (
      SELECT COALESCE(${listed}, ${orNone('c."product"', NO_PRODUCT)}) AS "product", c."closeValueMinor" AS "valueMinor"
      FROM "closing" c WHERE c."outcome" = 'WON'
    ) wins
    GROUP BY LOWER("product")`;
}

export function floorIdlePriorityProducts(context: FloorContext): Prisma.Sql {
  const { dialect, teamId } = context;
  const names = Prisma.sql`(LOWER(o."key"), LOWER(o."label"))`;
  return Prisma.sql`SELECT o."key" FROM ${productOptions(context)}
      AND NOT EXISTS (SELECT 1 FROM "LeadFact" lf WHERE lf."teamId" = ${teamId} AND lf."product" IN ${names}
        AND ${inWindow(context, 'lf."createdAt"')})
      AND NOT EXISTS (SELECT 1 FROM "DealFact" df WHERE df."teamId" = ${teamId} AND df."productKey" IN ${names}
        AND df."lastMovedAt" >= ${dialect.instant(context.start)}
        AND EXISTS (SELECT 1 FROM "StageEvent" e WHERE e."dealId" = df."dealId" AND e."toStage" IN ${ANY_STAGE}
          AND e."kind" <> 'update' AND ${inWindow(context, 'e."at"')}))
    ORDER BY o."position", ${dialect.binary(Prisma.sql`o."key"`)}`;
}

export function floorReps(context: FloorContext): Prisma.Sql {
  const { teamId } = context;
  return Prisma.sql`WITH ${closingTable(context)}, ${firstOffersTable(context)}
    SELECT "userId", SUM("leads") AS "leads", SUM("discoveryMeetings") AS "discoveryMeetings",
      SUM("offers") AS "offers", SUM("wins") AS "wins"
    FROM (
      SELECT l."ownerId" AS "userId", 1 AS "leads", 0 AS "discoveryMeetings", 0 AS "offers", 0 AS "wins"
      FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inWindow(context, 'l."createdAt"')}
      UNION ALL
      SELECT (SELECT d."ownerId" FROM "Deal" d WHERE d."id" = e."dealId"), 0, 1, 0, 0 FROM "StageEvent" e
      WHERE e."teamId" = ${teamId} AND e."toStage" = 'DISCOVERY' AND e."kind" <> 'update'
        AND ${inWindow(context, 'e."at"')}
      UNION ALL
      SELECT o."ownerId", 0, 0, 1, 0 FROM "offers" o
      UNION ALL
      SELECT c."ownerId", 0, 0, 0, 1 FROM "closing" c WHERE c."outcome" = 'WON'
    ) activity
    GROUP BY "userId"`;
}

/** The cohort funnel from LeadFact: per stage, the cohort's leads that reached it (or beyond) by the cohort's end. */
export function floorFunnel(context: FloorContext): Prisma.Sql {
  const end = context.dialect.instant(context.end);
  const reached = (column: string) => Prisma.sql`SUM(CASE WHEN f.${Prisma.raw(`"${column}"`)} < ${end} THEN 1 ELSE 0 END)`;
  return Prisma.sql`SELECT COUNT(*) AS "LEAD",
      SUM(CASE WHEN f."qualifiedReachedAt" < ${end} OR f."qualifiedAt" < ${end} THEN 1 ELSE 0 END) AS "QUALIFIED",
      ${reached('discoveryReachedAt')} AS "DISCOVERY", ${reached('offerReachedAt')} AS "OFFER",
      ${reached('negotiationReachedAt')} AS "NEGOTIATION", ${reached('wonReachedAt')} AS "WON"
    FROM "LeadFact" f WHERE f."teamId" = ${context.teamId} AND ${inWindow(context, 'f."createdAt"')}`;
}
