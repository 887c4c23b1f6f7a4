import type { ReportingPeriod } from '../../src/domain/digestFigures';
import { NO_LOST_REASON, NO_PRODUCT, NO_SOURCE } from '../../src/domain/digestFigures';
import { Prisma } from '../../src/generated/postgresql/client';
import {
  periodsTable,
  qualifiedByEnd,
  spendInTeamCurrency,
  spendLeftOut,
  spendOverlaps,
  wholeUtcDays,
  wonByEnd,
} from '../../src/store/readModel/metrics/tables';
import {
  ANY_STAGE,
  closingRows,
  closingTable,
  firstOffersTable,
  type FloorContext,
  inPartialDays,
  inWindow,
  leadDays,
  orNone,
} from './floorFragments';

/**
 * The floor's breakdowns of the reported period (channels, lost reasons, products, priority
 * products without demand, reps) and the funnel cohort, one query each, with the digest's columns.
 */

/**
 * Per channel, the period's activity and its cohort (leads created in the trailing window `cohort`,
 * followed to the period's end), in the digest's columns: ChannelAggregates' measures, then active.
 */
export function floorChannels(
  context: FloorContext,
  period: ReportingPeriod,
  cohortContext: FloorContext,
  cohort: ReportingPeriod,
): Prisma.Sql {
  const { dialect, teamId } = context;
  const byChannel = { day: orNone('d."value"', NO_SOURCE), fact: orNone('f."source"', NO_SOURCE) };
  const cohortStart = dialect.instant(cohort.start);
  return Prisma.sql`WITH ${periodsTable(dialect, [period, cohort])}, ${closingTable(context)},
      "cohortClosing" AS (${closingRows(cohortContext)})
    SELECT "channel", SUM("leads") AS "leads", SUM("qualifiedLeads") AS "qualifiedLeads",
      SUM("spendMinor") AS "spendMinor", SUM("wins") AS "wins", SUM("wonValueMinor") AS "wonValueMinor",
      SUM("olderWins") AS "olderWins", SUM("olderWonValueMinor") AS "olderWonValueMinor",
      SUM("cohortLeads") AS "cohortLeads", SUM("cohortQualified") AS "cohortQualified",
      SUM("cohortWonLeads") AS "cohortWonLeads", SUM("cohortWonValueMinor") AS "cohortWonValueMinor",
      SUM("cohortSpendMinor") AS "cohortSpendMinor"
    FROM (
      SELECT ${orNone('d."value"', NO_SOURCE)} AS "channel", d."leads", 0 AS "qualifiedLeads",
        0 AS "spendMinor", 0 AS "wins", 0 AS "wonValueMinor", 0 AS "olderWins", 0 AS "olderWonValueMinor",
        0 AS "cohortLeads", 0 AS "cohortQualified", 0 AS "cohortWonLeads", 0 AS "cohortWonValueMinor",
        0 AS "cohortSpendMinor", 1 AS "active"
      FROM ${leadDays(context, 'source')}
      UNION ALL
      SELECT ${orNone('l."source"', NO_SOURCE)}, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
      FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inPartialDays(context, 'l."createdAt"')}
      UNION ALL
      SELECT q."group", 0, q."qualified", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM (${qualifiedByEnd(context, period, 'source', byChannel)}) q
      UNION ALL
      SELECT s."channel", 0, 0, ${spendInTeamCurrency(context)}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
      FROM "Spend" s JOIN "periods" p ON p."idx" = 0 AND ${spendOverlaps(context)}
      UNION ALL
      SELECT ${orNone('c."source"', NO_SOURCE)}, 0, 0, 0, 1, c."closeValueMinor",
        CASE WHEN c."leadCreatedAt" < ${cohortStart} THEN 1 ELSE 0 END,
        CASE WHEN c."leadCreatedAt" < ${cohortStart} THEN c."closeValueMinor" ELSE 0 END, 0, 0, 0, 0, 0, 1
      FROM "closing" c WHERE c."outcome" = 'WON'
      UNION ALL
      SELECT ${orNone('d."value"', NO_SOURCE)}, 0, 0, 0, 0, 0, 0, 0, d."leads", 0, 0, 0, 0, 0
      FROM ${leadDays(cohortContext, 'source')}
      UNION ALL
      SELECT ${orNone('l."source"', NO_SOURCE)}, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0
      FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inPartialDays(cohortContext, 'l."createdAt"')}
      UNION ALL
      SELECT q."group", 0, 0, 0, 0, 0, 0, 0, 0, q."qualified", 0, 0, 0, 0
      FROM (${qualifiedByEnd(context, cohort, 'source', byChannel)}) q
      UNION ALL
      SELECT q."group", 0, 0, 0, 0, 0, 0, 0, 0, 0, q."qualified", 0, 0, 0
      FROM (${wonByEnd(context, cohort, 'source', byChannel)}) q
      UNION ALL
      SELECT s."channel", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ${spendInTeamCurrency(context)}, 0
      FROM "Spend" s JOIN "periods" p ON p."idx" = 1 AND ${spendOverlaps(context)}
      UNION ALL
      SELECT ${orNone('c."source"', NO_SOURCE)}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c."closeValueMinor", 0, 0
      FROM "cohortClosing" c WHERE c."outcome" = 'WON' AND c."leadCreatedAt" >= ${cohortStart}
    ) activity
    GROUP BY "channel"
    HAVING SUM("active") > 0`;
}

/** Amounts of the period with no rate to the team's currency, per figure and currency. */
export function floorLeftOut(context: FloorContext, period: ReportingPeriod): Prisma.Sql {
  return Prisma.sql`WITH ${periodsTable(context.dialect, [period])}, ${closingTable(context)}, ${firstOffersTable(context)}
    SELECT "figure", "currency", SUM("amountMinor") AS "amountMinor" FROM (
      SELECT CASE WHEN c."outcome" = 'WON' THEN 'wonValueMinor' ELSE 'lostValueMinor' END AS "figure",
        c."closeCurrency" AS "currency", c."closeLeftOutMinor" AS "amountMinor" FROM "closing" c
      UNION ALL
      SELECT 'averageOfferValueMinor', o."offerCurrency", o."offerLeftOutMinor" FROM "offers" o
      UNION ALL
      SELECT 'spendMinor', s."currency", ${spendLeftOut(context)} FROM "Spend" s JOIN "periods" p ON ${spendOverlaps(context)}
    ) amounts
    WHERE "amountMinor" IS NOT NULL
    GROUP BY "figure", "currency"`;
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

/** Wins per product, summed per spelling first so each spelling is matched to the team's list once. */
export function floorProducts(context: FloorContext): Prisma.Sql {
  const { dialect } = context;
  const listed = Prisma.sql`(SELECT MIN(${dialect.binary(Prisma.sql`o."key"`)}) FROM ${productOptions(context)}
    AND ${namesOption(Prisma.sql`w."product"`)})`;
  return Prisma.sql`WITH ${closingTable(context)}
    SELECT MIN(${dialect.binary(Prisma.sql`"product"`)}) AS "product", SUM("wins") AS "wins",
      SUM("valueMinor") AS "wonValueMinor"
    FROM (
      SELECT COALESCE(${listed}, ${orNone('w."product"', NO_PRODUCT)}) AS "product", w."wins", w."valueMinor"
      FROM (
        SELECT c."product", COUNT(*) AS "wins", SUM(c."closeValueMinor") AS "valueMinor"
        FROM "closing" c WHERE c."outcome" = 'WON' GROUP BY c."product"
      ) w
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
  const { dialect, teamId } = context;
  const start = dialect.instant(context.start);
  const end = dialect.instant(context.end);
  return Prisma.sql`WITH ${closingTable(context)}, ${firstOffersTable(context)}
    SELECT "userId", SUM("leads") AS "leads", SUM("discoveryMeetings") AS "discoveryMeetings",
      SUM("offers") AS "offers", SUM("wins") AS "wins"
    FROM (
      SELECT d."value" AS "userId", d."leads", 0 AS "discoveryMeetings", 0 AS "offers", 0 AS "wins"
      FROM ${leadDays(context, 'ownerId')}
      UNION ALL
      SELECT l."ownerId", 1, 0, 0, 0 FROM "Lead" l
      WHERE l."teamId" = ${teamId} AND ${inPartialDays(context, 'l."createdAt"')}
      UNION ALL
      SELECT m."ownerId", 0, m."meetings", 0, 0 FROM (
        SELECT f."ownerId",
          CASE WHEN f."firstDiscoveryAt" >= ${start} AND f."lastDiscoveryAt" < ${end} THEN 1
            WHEN EXISTS (SELECT 1 FROM "StageEvent" e WHERE e."dealId" = f."dealId" AND e."toStage" = 'DISCOVERY'
              AND e."kind" <> 'update' AND ${inWindow(context, 'e."at"')}) THEN 1 ELSE 0 END AS "meetings"
        FROM "DealFact" f
        WHERE f."teamId" = ${teamId} AND f."lastDiscoveryAt" >= ${start} AND f."firstDiscoveryAt" < ${end}
      ) m WHERE m."meetings" > 0
      UNION ALL
      SELECT o."ownerId", 0, 0, 1, 0 FROM "offers" o
      UNION ALL
      SELECT c."ownerId", 0, 0, 0, 1 FROM "closing" c WHERE c."outcome" = 'WON'
    ) activity
    GROUP BY "userId"`;
}

/**
 * The cohort funnel: for whole UTC days, the leads that ever reached each stage (LeadDay) less
 * those that reached it at or after the cohort's end; for partial days, the leads themselves.
 */
export function floorFunnel(context: FloorContext): Prisma.Sql {
  const { dialect, teamId } = context;
  const end = dialect.instant(context.end);
  const whole = wholeUtcDays(context);
  const stages = [
    ['QUALIFIED', 'qualifiedReachedAt', 'funnelQualified'],
    ['DISCOVERY', 'discoveryReachedAt', 'funnelDiscovery'],
    ['OFFER', 'offerReachedAt', 'funnelOffer'],
    ['NEGOTIATION', 'negotiationReachedAt', 'funnelNegotiation'],
    ['WON', 'wonReachedAt', 'funnelWon'],
  ] as const;
  const column = (name: string) => Prisma.raw(`"${name}"`);
  const each = (make: (stage: string, reached: string, ever: string) => Prisma.Sql) =>
    Prisma.join(
      stages.map(([stage, reached, ever]) => make(stage, reached, ever)),
      ', ',
    );
  return Prisma.sql`SELECT days."LEAD" + partial."LEAD" AS "LEAD",
      ${each((stage) => Prisma.sql`days.${column(stage)} - late.${column(stage)} + partial.${column(stage)} AS ${column(stage)}`)}
    FROM (
      SELECT COALESCE(SUM(d."leads"), 0) AS "LEAD",
        ${each((stage, _reached, ever) => Prisma.sql`COALESCE(SUM(d.${column(ever)}), 0) AS ${column(stage)}`)}
      FROM ${leadDays(context, 'all')}
    ) days, (
      SELECT ${each((stage, reached) => Prisma.sql`COUNT(CASE WHEN f.${column(reached)} >= ${end} THEN 1 END) AS ${column(stage)}`)}
      FROM "LeadFact" f WHERE f."teamId" = ${teamId} AND f."lastReachedAt" >= ${end}
        AND f."createdAt" >= ${dialect.instant(whole.start)} AND f."createdAt" < ${dialect.instant(whole.end)}
    ) late, (
      SELECT COUNT(*) AS "LEAD",
        ${each((stage, reached) => Prisma.sql`COUNT(CASE WHEN f.${column(reached)} < ${end} THEN 1 END) AS ${column(stage)}`)}
      FROM "LeadFact" f WHERE f."teamId" = ${teamId} AND ${inPartialDays(context, 'f."createdAt"')}
    ) partial`;
}
