import type { ReportingPeriod } from '../../../domain/digestFigures';
import type { PeriodAggregates } from '../../../domain/kpis';
import { STAGES, type Stage } from '../../../domain/stages';
import { Prisma } from '../../../generated/postgresql/client';
import { toNullableNumber, toNumber } from '../../db/sqlDialect';
import { closingRows, inWindow, offerRows } from './dealFacts';
import {
  eachPeriod,
  inPartialDays,
  isStageChange,
  leadDaysOf,
  type MetricsQueryContext,
  periodsTable,
  qualifiedByEnd,
  spendOverlaps,
  spendInTeamCurrency,
  withTables,
} from './tables';

/**
 * The per-period figures (docs/METRICS.md → Flow counts and KPIs), each query computing every
 * period at once: one row (or group) per period, idx 0 the oldest.
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

/**
 * Leads created (and, of them, qualified by the period's end): the period's whole UTC days added
 * up from LeadDay, its partial days at either end counted from the lead indexes (`qualifiedByEnd`);
 * positive feedback and spend beside them.
 */
export function volumeQuery(context: MetricsQueryContext, periods: readonly ReportingPeriod[]): PeriodQuery {
  const { dialect, teamId } = context;
  const created = (period: ReportingPeriod) => Prisma.sql`
    (SELECT COALESCE(SUM(d."leads"), 0) FROM ${leadDaysOf(context, period, 'all')})
    + (SELECT COUNT(*) FROM (${inPartialDays(
      dialect,
      period,
      Prisma.sql`l."createdAt"`,
      (inRange) => Prisma.sql`SELECT 1 AS "lead" FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inRange}`,
    )}) AS "partialDays")`;
  const qualified = (period: ReportingPeriod) =>
    Prisma.sql`(SELECT COALESCE(SUM("qualified"), 0) FROM (${qualifiedByEnd(context, period, 'all', {
      day: Prisma.sql`0`,
      fact: Prisma.sql`0`,
    })}) AS "qualifiedLeads")`;
  // Time to qualify: the leads qualified in the period, from their creation (LeadFact's qualified index).
  const qualifyDays = dialect.elapsedDays(Prisma.sql`q."qualifiedReachedAt"`, Prisma.sql`q."createdAt"`);
  const sql = Prisma.sql`${withTables(periodsTable(dialect, periods))}
    ${eachPeriod(
      periods,
      (period, idx) => Prisma.sql`
      SELECT ${idx} AS "idx", ${created(period)} AS "leadsCreated",
        ${qualified(period)} AS "leadsCreatedQualified",
        (SELECT ${dialect.real(Prisma.sql`AVG(${qualifyDays})`)} FROM "LeadFact" q
          WHERE q."teamId" = ${teamId} AND ${inWindow(context, period, Prisma.sql`q."qualifiedReachedAt"`)})
          AS "averageDaysToQualify",
        (SELECT COUNT(*) FROM "Feedback" f
          WHERE f."teamId" = ${teamId} AND f."sentiment" = 'positive'
            AND ${inWindow(context, period, Prisma.sql`f."createdAt"`)}) AS "positiveFeedback",
        -- CROSS JOIN keeps the period first on SQLite, so the team's spend is found by its index.
        (SELECT SUM(${spendInTeamCurrency(context)}) FROM "periods" p CROSS JOIN "Spend" s
          WHERE p."idx" = ${idx} AND ${spendOverlaps(context)}) AS "spendMinor"`,
    )}`;
  return {
    sql,
    read: (rows, into) =>
      rowsByPeriod(rows, into, (row) => ({
        leadsCreated: toNumber(row.leadsCreated),
        leadsCreatedQualified: toNumber(row.leadsCreatedQualified),
        averageDaysToQualify: toNullableNumber(row.averageDaysToQualify),
        positiveFeedback: toNumber(row.positiveFeedback),
        spendMinor: toNumber(row.spendMinor),
      })),
  };
}

/**
 * Stage-change events per stage entered, per period and stage: the period's whole UTC days added
 * up from StageDay, and its partial days at either end counted from the (teamId, toStage, at,
 * kind, dealId) index alone. Stages nobody entered count 0.
 */
export function stageEntriesQuery(
  context: MetricsQueryContext,
  periods: readonly ReportingPeriod[],
): PeriodQuery {
  const { dialect, teamId } = context;
  const stages = STAGES.map((stage) => Prisma.sql`(${Prisma.raw(`'${stage}'`)})`);
  const counted = (from: string, to: string) => Prisma.sql`(SELECT COUNT(*) FROM "StageEvent" e
    WHERE e."teamId" = ${teamId} AND e."toStage" = s."stage"
      AND e."at" >= p.${Prisma.raw(`"${from}"`)} AND e."at" < p.${Prisma.raw(`"${to}"`)} AND ${isStageChange('e')})`;
  const sql = Prisma.sql`${withTables(periodsTable(dialect, periods), Prisma.sql`"stages"("stage") AS (VALUES ${Prisma.join(stages, ', ')})`)}
    SELECT p."idx", s."stage",
      COALESCE((SELECT SUM(d."entries") FROM "StageDay" d
        WHERE d."teamId" = ${teamId} AND d."toStage" = s."stage"
          AND d."day" >= p."wholeStart" AND d."day" < p."wholeEnd"), 0)
      + ${counted('startAt', 'wholeStart')} + ${counted('wholeEnd', 'endAt')} AS "entries"
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
  const { dialect, teamId } = context;
  // Discovery → offer: deals first in DISCOVERY in the period that entered OFFER or NEGOTIATION
  // after it, by the period's end (so the previous period is judged at its own end).
  const offeredBy = (column: string, period: ReportingPeriod) => {
    const at = Prisma.raw(`g."${column}"`);
    return Prisma.sql`(${at} >= g."firstDiscoveryAt" AND ${at} < ${dialect.instant(period.end)})`;
  };
  const preparationDays = dialect.elapsedDays(Prisma.sql`o."offerAt"`, Prisma.sql`o."discoveryAt"`);
  const sql = eachPeriod(
    periods,
    (period, idx) => Prisma.sql`
    SELECT ${idx} AS "idx", COUNT(*) AS "offersSent",
      ${dialect.real(Prisma.sql`AVG(o."offerValueMinor")`)} AS "averageOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN o."discoveryAt" <= o."offerAt" THEN ${preparationDays} END)`)}
        AS "averageOfferPreparationDays",
      (SELECT COUNT(*) FROM "DealFact" g WHERE g."teamId" = ${teamId}
        AND ${inWindow(context, period, Prisma.sql`g."firstDiscoveryAt"`)}) AS "discoveryDeals",
      (SELECT COUNT(*) FROM "DealFact" g WHERE g."teamId" = ${teamId}
        AND ${inWindow(context, period, Prisma.sql`g."firstDiscoveryAt"`)}
        AND (${offeredBy('firstOfferAt', period)} OR ${offeredBy('firstNegotiationAt', period)}))
        AS "discoveryDealsWithOffer"
    FROM (${offerRows(context, period)}) o`,
  );
  return {
    sql,
    read: (rows, into) =>
      rowsByPeriod(rows, into, (row) => ({
        offersSent: toNumber(row.offersSent),
        averageOfferValueMinor: toNullableNumber(row.averageOfferValueMinor),
        averageOfferPreparationDays: toNullableNumber(row.averageOfferPreparationDays),
        discoveryDeals: toNumber(row.discoveryDeals),
        discoveryDealsWithOffer: toNumber(row.discoveryDealsWithOffer),
      })),
  };
}

/**
 * Deals decided in the period (by their closing events), and the customers they made: a client is
 * new in the period when its first win is there, and a repeat customer when its first win in the
 * period (the won deal there whose previous client win is before the period) is not its first.
 */
export function outcomesQuery(
  context: MetricsQueryContext,
  periods: readonly ReportingPeriod[],
): PeriodQuery {
  const { dialect } = context;
  const won = Prisma.sql`f."outcome" = 'WON'`;
  const kept = Prisma.sql`${won} AND f."closeValueMinor" IS NOT NULL AND f."firstOfferValueMinor" > 0`;
  const daysToClose = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."openedAt"`);
  const leadToCustomer = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."leadCreatedAt"`);
  const negotiationDays = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."firstNegotiationAt"`);
  // Deals that made an offer (entered OFFER or NEGOTIATION); one created as WON made none.
  const reachedOffer = Prisma.sql`f."reachedOffer"`;
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
      SUM(f."negotiated") AS "decidedAfterNegotiation",
      SUM(CASE WHEN ${won} THEN f."negotiated" ELSE 0 END) AS "wonAfterNegotiation",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN f."closeDiscountPct" END)`)} AS "averageDiscountPct",
      SUM(CASE WHEN ${won} AND f."closeDiscountPct" IS NULL THEN 1 ELSE 0 END) AS "winsWithoutDiscount",
      -- A win of unknown value (an import's) has no value at all, in any currency.
      SUM(CASE WHEN ${won} AND f."closeValueMinor" IS NULL AND f."closeLeftOutMinor" IS NULL THEN 1 ELSE 0 END)
        AS "winsWithoutValue",
      SUM(CASE WHEN ${kept} THEN f."closeValueMinor" END) AS "keptWonValueMinor",
      SUM(CASE WHEN ${kept} THEN f."firstOfferValueMinor" END) AS "keptOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN ${daysToClose} END)`)} AS "averageDaysToClose",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN ${leadToCustomer} END)`)} AS "averageDaysLeadToCustomer",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN f."negotiated" = 1 THEN f."negotiationRounds" END)`)}
        AS "averageNegotiationRounds",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN f."negotiated" = 1 THEN ${negotiationDays} END)`)}
        AS "averageNegotiationDays",
      SUM(CASE WHEN ${won} AND f."previousClientWinAt" IS NULL THEN 1 ELSE 0 END) AS "newCustomers",
      SUM(CASE WHEN ${won} AND f."previousClientWinAt" < ${dialect.instant(period.start)} THEN 1 ELSE 0 END)
        AS "repeatCustomers"
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
        decidedAfterNegotiation: toNumber(row.decidedAfterNegotiation),
        wonAfterNegotiation: toNumber(row.wonAfterNegotiation),
        averageDiscountPct: toNullableNumber(row.averageDiscountPct),
        winsWithoutDiscount: toNumber(row.winsWithoutDiscount),
        winsWithoutValue: toNumber(row.winsWithoutValue),
        keptWonValueMinor: toNumber(row.keptWonValueMinor),
        keptOfferValueMinor: toNumber(row.keptOfferValueMinor),
        averageDaysToClose: toNullableNumber(row.averageDaysToClose),
        averageDaysLeadToCustomer: toNullableNumber(row.averageDaysLeadToCustomer),
        averageNegotiationRounds: toNullableNumber(row.averageNegotiationRounds),
        averageNegotiationDays: toNullableNumber(row.averageNegotiationDays),
        newCustomers: toNumber(row.newCustomers),
        repeatCustomers: toNumber(row.repeatCustomers),
      })),
  };
}
