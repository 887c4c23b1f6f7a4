import {
  type ConvertedFigure,
  type LeftOutMoney,
  type LostReasonFigures,
  NO_LOST_REASON,
  NO_PRODUCT,
  NO_SOURCE,
  type ProductFigures,
  type RepFigures,
  type ReportingPeriod,
} from '../../../domain/digestFigures';
import type { ChannelAggregates } from '../../../domain/kpis';
import { Prisma } from '../../../generated/postgresql/client';
import { toNumber } from '../../db/sqlDialect';
import { ANY_STAGE, closingRows, inWindow, offerRows } from './dealFacts';
import {
  inPartialDays,
  isStageChange,
  leadDaysOf,
  type MetricsQueryContext,
  periodsTable,
  qualifiedByEnd,
  spendOverlaps,
  wonByEnd,
  spendInTeamCurrency,
  spendLeftOut,
  withTables,
} from './tables';

/**
 * The reported period's breakdowns (docs/METRICS.md → Breakdowns): one query each, over a periods
 * table holding only that period. Rows come back unsorted; src/domain/kpis.ts orders them.
 */

type Row = Record<string, unknown>;

/** A lead's text column, or `fallback` when it is empty. */
function orNone(column: Prisma.Sql, fallback: string): Prisma.Sql {
  return Prisma.sql`COALESCE(NULLIF(TRIM(${column}), ''), ${fallback})`;
}

/** What a channel's row adds up, per source of its activity; `active` marks activity in the period. */
const CHANNEL_MEASURES = [
  'leads',
  'qualifiedLeads',
  'spendMinor',
  'wins',
  'wonValueMinor',
  'olderWins',
  'olderWonValueMinor',
  'cohortLeads',
  'cohortQualified',
  'cohortWonLeads',
  'cohortWonValueMinor',
  'cohortSpendMinor',
  'active',
] as const;
type ChannelMeasure = (typeof CHANNEL_MEASURES)[number];

/** One branch of the channels' UNION ALL: its channel, then every measure (0 unless given), named. */
function channelActivity(
  channel: Prisma.Sql,
  given: Partial<Record<ChannelMeasure, Prisma.Sql>>,
): Prisma.Sql {
  const measures = CHANNEL_MEASURES.map(
    (measure) => Prisma.sql`${given[measure] ?? Prisma.sql`0`} AS ${Prisma.raw(`"${measure}"`)}`,
  );
  return Prisma.join([Prisma.sql`${channel} AS "channel"`, ...measures], ', ');
}

/**
 * Per channel: the period's leads, qualified leads, spend and wins (those from leads older than the
 * cohort window apart), and its cohort — the leads created in `cohort` (the trailing window ending
 * with the period), those qualified and won by the end, the won value of the cohort's deals and the
 * spend over the window (docs/METRICS.md → Channels). A row for every channel active in the period.
 */
export function channelsQuery(
  context: MetricsQueryContext,
  period: ReportingPeriod,
  cohort: ReportingPeriod,
) {
  const { dialect, teamId } = context;
  const source = orNone(Prisma.sql`l."source"`, NO_SOURCE);
  const byChannel = {
    day: orNone(Prisma.sql`d."value"`, NO_SOURCE),
    fact: orNone(Prisma.sql`f."source"`, NO_SOURCE),
  };
  const one = Prisma.sql`1`;
  const leadsOf = (
    window: ReportingPeriod,
    measure: 'leads' | 'cohortLeads',
    active: Prisma.Sql,
  ) => Prisma.sql`
      SELECT ${channelActivity(byChannel.day, { [measure]: Prisma.sql`d."leads"`, active })}
      FROM ${leadDaysOf(context, window, 'source')}
      UNION ALL
      ${inPartialDays(
        dialect,
        window,
        Prisma.sql`l."createdAt"`,
        (inRange) => Prisma.sql`SELECT ${channelActivity(source, { [measure]: one, active })}
          FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inRange}`,
      )}`;
  const counted = (rows: Prisma.Sql, measure: ChannelMeasure) =>
    Prisma.sql`SELECT ${channelActivity(Prisma.sql`q."group"`, { [measure]: Prisma.sql`q."qualified"` })} FROM (${rows}) q`;
  const spendIn = (idx: number, measure: ChannelMeasure, active: Prisma.Sql) => Prisma.sql`
      SELECT ${channelActivity(Prisma.sql`s."channel"`, { [measure]: spendInTeamCurrency(context), active })}
      FROM "Spend" s JOIN "periods" p ON p."idx" = ${dialect.integer(idx)} AND ${spendOverlaps(context)}`;
  const older = Prisma.sql`CASE WHEN c."leadCreatedAt" < ${dialect.instant(cohort.start)} THEN`;
  const wonChannel = orNone(Prisma.sql`c."source"`, NO_SOURCE);
  const sums = Prisma.join(
    CHANNEL_MEASURES.map((measure) => Prisma.raw(`SUM("${measure}") AS "${measure}"`)),
    ', ',
  );
  const sql = Prisma.sql`${withTables(periodsTable(dialect, [period, cohort]))}
    SELECT "channel", ${sums}
    FROM (
      ${leadsOf(period, 'leads', one)}
      UNION ALL
      ${counted(qualifiedByEnd(context, period, 'source', byChannel), 'qualifiedLeads')}
      UNION ALL
      ${spendIn(0, 'spendMinor', one)}
      UNION ALL
      SELECT ${channelActivity(wonChannel, {
        wins: one,
        wonValueMinor: Prisma.sql`c."closeValueMinor"`,
        olderWins: Prisma.sql`${older} 1 ELSE 0 END`,
        olderWonValueMinor: Prisma.sql`${older} c."closeValueMinor" ELSE 0 END`,
        active: one,
      })}
      FROM (${closingRows(context, period)}) c WHERE c."outcome" = 'WON'
      UNION ALL
      ${leadsOf(cohort, 'cohortLeads', Prisma.sql`0`)}
      UNION ALL
      ${counted(qualifiedByEnd(context, cohort, 'source', byChannel), 'cohortQualified')}
      UNION ALL
      ${counted(wonByEnd(context, cohort, 'source', byChannel), 'cohortWonLeads')}
      UNION ALL
      ${spendIn(1, 'cohortSpendMinor', Prisma.sql`0`)}
      UNION ALL
      SELECT ${channelActivity(wonChannel, { cohortWonValueMinor: Prisma.sql`c."closeValueMinor"` })}
      FROM (${closingRows(context, cohort)}) c
      WHERE c."outcome" = 'WON' AND c."leadCreatedAt" >= ${dialect.instant(cohort.start)}
    ) activity
    GROUP BY "channel"
    HAVING SUM("active") > 0`;
  return {
    sql,
    read: (rows: Row[]): ChannelAggregates[] =>
      rows.map((row) => ({
        channel: String(row.channel),
        ...(Object.fromEntries(
          CHANNEL_MEASURES.filter((measure) => measure !== 'active').map((measure) => [
            measure,
            toNumber(row[measure]),
          ]),
        ) as Omit<ChannelAggregates, 'channel'>),
      })),
  };
}

export function lostReasonsQuery(context: MetricsQueryContext, period: ReportingPeriod) {
  const sql = Prisma.sql`
    SELECT "reason", COUNT(*) AS "count", SUM("valueMinor") AS "valueMinor"
    FROM (
      SELECT ${orNone(Prisma.sql`f."lostReason"`, NO_LOST_REASON)} AS "reason", f."closeValueMinor" AS "valueMinor"
      FROM (${closingRows(context, period)}) f WHERE f."outcome" = 'LOST'
    ) losses
    GROUP BY "reason"`;
  return {
    sql,
    read: (rows: Row[]): LostReasonFigures[] =>
      rows.map((row) => ({
        reason: String(row.reason),
        count: toNumber(row.count),
        valueMinor: toNumber(row.valueMinor),
      })),
  };
}

/**
 * A lead's product as the key of the team's product option it names (by key or label,
 * case-insensitively), else as typed, else NO_PRODUCT.
 */
function productOf(context: MetricsQueryContext, alias: string): Prisma.Sql {
  const typed = Prisma.raw(`${alias}."product"`);
  const listed = Prisma.sql`(
    SELECT MIN(${context.dialect.binary(Prisma.sql`o."key"`)}) FROM "TeamOption" o
    WHERE o."teamId" = ${context.teamId} AND o."kind" = 'product' AND o."archived" = false
      AND ${namesOption(typed)}
  )`;
  return Prisma.sql`COALESCE(${listed}, ${orNone(typed, NO_PRODUCT)})`;
}

/** The text names product option `o` by its key or its label, ignoring case and outer spaces. */
function namesOption(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LOWER(TRIM(${text})) IN (LOWER(o."key"), LOWER(o."label"))`;
}

/**
 * Wins per product; products not on the team's list group case-insensitively, shown in their first
 * spelling. Wins are summed per spelling first, so each spelling is matched to the list once.
 */
export function productsQuery(context: MetricsQueryContext, period: ReportingPeriod) {
  const product = productOf(context, 'w');
  const sql = Prisma.sql`
    SELECT MIN(${context.dialect.binary(Prisma.sql`"product"`)}) AS "product", SUM("wins") AS "wins",
      SUM("valueMinor") AS "wonValueMinor"
    FROM (
      SELECT ${product} AS "product", w."wins", w."valueMinor"
      FROM (
        SELECT f."product", COUNT(*) AS "wins", SUM(f."closeValueMinor") AS "valueMinor"
        FROM (${closingRows(context, period)}) f WHERE f."outcome" = 'WON'
        GROUP BY f."product"
      ) w
    ) wins
    GROUP BY LOWER("product")`;
  return {
    sql,
    read: (rows: Row[]): ProductFigures[] =>
      rows.map((row) => ({
        product: String(row.product),
        wins: toNumber(row.wins),
        wonValueMinor: toNumber(row.wonValueMinor),
      })),
  };
}

/**
 * The keys of the team's priority products (its `product` list) that saw no demand in the period:
 * no lead naming them was created, and no deal of such a lead moved. Each product is looked up in
 * LeadFact's and DealFact's product indexes (a deal can only have moved in the period if its last
 * move is in it or later), so a product in demand stops at its first lead or move.
 */
export function idlePriorityProductsQuery(context: MetricsQueryContext, period: ReportingPeriod) {
  const { dialect, teamId } = context;
  const names = Prisma.sql`(LOWER(o."key"), LOWER(o."label"))`;
  const sql = Prisma.sql`
    SELECT o."key" FROM "TeamOption" o
    WHERE o."teamId" = ${teamId} AND o."kind" = 'product' AND o."archived" = false
      AND NOT EXISTS (
        SELECT 1 FROM "LeadFact" lf
        WHERE lf."teamId" = ${teamId} AND lf."product" IN ${names}
          AND ${inWindow(context, period, Prisma.sql`lf."createdAt"`)}
      )
      AND NOT EXISTS (
        SELECT 1 FROM "DealFact" df
        WHERE df."teamId" = ${teamId} AND df."productKey" IN ${names}
          AND df."lastMovedAt" >= ${dialect.instant(period.start)}
          AND EXISTS (
            SELECT 1 FROM "StageEvent" e
            WHERE e."dealId" = df."dealId" AND ${inWindow(context, period, Prisma.sql`e."at"`)}
              AND e."toStage" IN ${ANY_STAGE} AND ${isStageChange('e')}
          )
      )
    ORDER BY o."position", ${dialect.binary(Prisma.sql`o."key"`)}`;
  return {
    sql,
    read: (rows: Row[]): string[] => rows.map((row) => String(row.key)),
  };
}

/**
 * The deals that entered DISCOVERY in the period (a discovery meeting per deal, however often it
 * re-entered), with their owners: from DealFact's discovery index, which answers for a deal with
 * all its entries in the period; a deal with entries before and after it is looked up in its events.
 */
function discoveryMeetings(context: MetricsQueryContext, period: ReportingPeriod): Prisma.Sql {
  const { dialect, teamId } = context;
  const start = dialect.instant(period.start);
  const end = dialect.instant(period.end);
  return Prisma.sql`SELECT f."ownerId",
      CASE WHEN f."firstDiscoveryAt" >= ${start} AND f."lastDiscoveryAt" < ${end} THEN 1
        WHEN EXISTS (SELECT 1 FROM "StageEvent" e
          WHERE e."dealId" = f."dealId" AND e."toStage" = 'DISCOVERY' AND ${isStageChange('e')}
            AND ${inWindow(context, period, Prisma.sql`e."at"`)}) THEN 1 ELSE 0 END AS "meetings"
    FROM "DealFact" f
    WHERE f."teamId" = ${teamId} AND f."lastDiscoveryAt" >= ${start} AND f."firstDiscoveryAt" < ${end}`;
}

export function repsQuery(context: MetricsQueryContext, period: ReportingPeriod) {
  const { teamId } = context;
  const sql = Prisma.sql`
    SELECT "userId", SUM("leads") AS "leads", SUM("discoveryMeetings") AS "discoveryMeetings",
      SUM("offers") AS "offers", SUM("wins") AS "wins"
    FROM (
      SELECT d."value" AS "userId", d."leads", 0 AS "discoveryMeetings", 0 AS "offers", 0 AS "wins"
      FROM ${leadDaysOf(context, period, 'ownerId')}
      UNION ALL
      ${inPartialDays(
        context.dialect,
        period,
        Prisma.sql`l."createdAt"`,
        (inRange) =>
          Prisma.sql`SELECT l."ownerId", 1, 0, 0, 0 FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inRange}`,
      )}
      UNION ALL
      SELECT "ownerId", 0, "meetings", 0, 0 FROM (${discoveryMeetings(context, period)}) AS "deals"
      WHERE "meetings" > 0
      UNION ALL
      SELECT o."ownerId", 0, 0, 1, 0 FROM (${offerRows(context, period)}) o
      UNION ALL
      SELECT c."ownerId", 0, 0, 0, 1 FROM (${closingRows(context, period)}) c WHERE c."outcome" = 'WON'
    ) activity
    GROUP BY "userId"`;
  return {
    sql,
    read: (rows: Row[]): RepFigures[] =>
      rows.map((row) => ({
        userId: String(row.userId),
        leads: toNumber(row.leads),
        discoveryMeetings: toNumber(row.discoveryMeetings),
        offers: toNumber(row.offers),
        wins: toNumber(row.wins),
      })),
  };
}

/**
 * The reported period's amounts that have no rate to the team's currency, per figure and currency
 * (docs/METRICS.md → Money): the won and lost values of its decided deals, its offers' values and
 * its spend shares, as they are.
 */
export function leftOutQuery(context: MetricsQueryContext, period: ReportingPeriod) {
  const { dialect, teamId } = context;
  const sql = Prisma.sql`${withTables(periodsTable(dialect, [period]))}
    SELECT "figure", "currency", SUM("amountMinor") AS "amountMinor"
    FROM (
      SELECT CASE WHEN c."outcome" = 'WON' THEN 'wonValueMinor' ELSE 'lostValueMinor' END AS "figure",
        c."closeCurrency" AS "currency", c."closeLeftOutMinor" AS "amountMinor"
      FROM (${closingRows(context, period)}) c WHERE c."closeLeftOutMinor" IS NOT NULL
      UNION ALL
      SELECT 'averageOfferValueMinor', o."offerCurrency", o."offerLeftOutMinor"
      FROM (${offerRows(context, period)}) o WHERE o."offerLeftOutMinor" IS NOT NULL
      UNION ALL
      SELECT 'spendMinor', s."currency", ${spendLeftOut(context)}
      FROM "periods" p CROSS JOIN "Spend" s
      WHERE ${spendOverlaps(context)} AND s."currency" <> ${context.currency} AND s."teamId" = ${teamId}
    ) amounts
    WHERE "amountMinor" IS NOT NULL
    GROUP BY "figure", "currency"`;
  return {
    sql,
    read: (rows: Row[]): LeftOutMoney[] =>
      rows.map((row) => ({
        figure: String(row.figure) as ConvertedFigure,
        currency: String(row.currency),
        amountMinor: toNumber(row.amountMinor),
      })),
  };
}
