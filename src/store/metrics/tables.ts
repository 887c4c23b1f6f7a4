import type { ReportingPeriod } from '../../domain/digestFigures';
import { periodDates } from '../../domain/periods';
import { FUNNEL_STAGES } from '../../domain/stages';
import { Prisma } from '../../generated/postgresql/client';
import type { SqlDialect } from '../sqlDialect';

/**
 * The building blocks every metrics query shares: the periods as a table, and the per-deal facts
 * derived from StageEvent rows (docs/METRICS.md → General rules). Each is a named common table
 * expression; `withTables` puts the ones a query needs in front of it.
 */

export type MetricsQueryContext = {
  dialect: SqlDialect;
  teamId: string;
  currency: string;
};

/** `"name" AS (…)`, for `withTables`. */
export type TableExpression = Prisma.Sql;

export function withTables(...tables: TableExpression[]): Prisma.Sql {
  return Prisma.sql`WITH ${Prisma.join(tables, ', ')}`;
}

/** Event `alias` is a stage change: a kind `update` row records new terms without a move (docs/METRICS.md). */
export function isStageChange(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}."kind" <> 'update'`);
}

/** The funnel position of a stage column (LEAD 0 … WON 5); NULL for LOST, which ranks nowhere. */
export function stageRank(column: Prisma.Sql): Prisma.Sql {
  const cases = FUNNEL_STAGES.map((stage, rank) => Prisma.raw(`WHEN '${stage}' THEN ${rank}`));
  return Prisma.sql`CASE ${column} ${Prisma.join(cases, ' ')} END`;
}

/** `column` is in the period row `alias` of the periods table: [startAt, endAt). */
export function within(column: Prisma.Sql, alias = 'p'): Prisma.Sql {
  const period = Prisma.raw(alias);
  return Prisma.sql`${column} >= ${period}."startAt" AND ${column} < ${period}."endAt"`;
}

/**
 * `periods`(idx, startAt, endAt, firstDay, endDay): one row per period, idx 0 first. The day
 * columns are the period's calendar dates as UTC midnights, the way spend rows store dates.
 */
export function periodsTable(dialect: SqlDialect, periods: readonly ReportingPeriod[]): TableExpression {
  const rows = periods.map((period, index) => {
    const dates = periodDates(period);
    const values = [
      dialect.integer(index),
      dialect.instant(period.start),
      dialect.instant(period.end),
      dialect.instant(dates.start),
      dialect.instant(dates.end),
    ];
    return Prisma.sql`(${Prisma.join(values, ', ')})`;
  });
  return Prisma.sql`"periods"("idx", "startAt", "endAt", "firstDay", "endDay") AS (VALUES ${Prisma.join(rows, ', ')})`;
}

/** An event's value when it is in the team's currency, else NULL so sums and averages skip it. */
function valueInTeamCurrency(context: MetricsQueryContext, alias: string): Prisma.Sql {
  const event = Prisma.raw(alias);
  return Prisma.sql`CASE WHEN ${event}."currency" = ${context.currency} THEN ${event}."valueMinor" END`;
}

/**
 * `deals`: one row per deal of the team that has stage-change events, with what every KPI needs
 * to know about it, derived from its events in one pass (docs/METRICS.md → General rules):
 * - outcome, closedAt, closeValueMinor, closeDiscountPct: for a deal whose current stage is WON or
 *   LOST, its closing event (the latest event into that stage; a reopen undoes earlier decisions);
 *   NULL for open deals.
 * - firstOfferAt, firstOfferValueMinor: its first event into OFFER (the offer sent).
 * - firstDiscoveryAt; reachedRank, the highest funnel stage reached; negotiated, 1 when it ever
 *   entered NEGOTIATION.
 * - clientFirstWinAt: the first closing WON event among all deals of its client (companyKey).
 * - the lead's and deal's columns the breakdowns group by.
 * Values in another currency than the team's are NULL.
 */
export function dealsTable(context: MetricsQueryContext): TableExpression {
  const closing = Prisma.sql`"toStage" = "currentStage" AND "currentStage" IN ('WON', 'LOST') AND "latestInStage" = 1`;
  const firstOffer = Prisma.sql`"toStage" = 'OFFER' AND "firstInStage" = 1`;
  return Prisma.sql`"deals" AS (
    SELECT facts.*, d."ownerId", d."negotiationRounds", d."lostReason", l."teamId", l."companyKey",
      l."createdAt" AS "leadCreatedAt", l."source", l."product",
      MIN(CASE WHEN facts."outcome" = 'WON' THEN facts."closedAt" END) OVER (PARTITION BY l."companyKey")
        AS "clientFirstWinAt"
    FROM (
      SELECT "dealId",
        MAX(CASE WHEN ${closing} THEN "toStage" END) AS "outcome",
        MAX(CASE WHEN ${closing} THEN "at" END) AS "closedAt",
        MAX(CASE WHEN ${closing} THEN "valueMinor" END) AS "closeValueMinor",
        MAX(CASE WHEN ${closing} THEN "discountPct" END) AS "closeDiscountPct",
        MAX(CASE WHEN ${firstOffer} THEN "at" END) AS "firstOfferAt",
        MAX(CASE WHEN ${firstOffer} THEN "valueMinor" END) AS "firstOfferValueMinor",
        MIN(CASE WHEN "toStage" = 'DISCOVERY' THEN "at" END) AS "firstDiscoveryAt",
        MAX(${stageRank(Prisma.sql`"toStage"`)}) AS "reachedRank",
        MAX(CASE WHEN "toStage" = 'NEGOTIATION' THEN 1 ELSE 0 END) AS "negotiated"
      FROM (
        SELECT e."dealId", e."toStage", e."at", ${valueInTeamCurrency(context, 'e')} AS "valueMinor",
          e."discountPct", d."stage" AS "currentStage",
          ROW_NUMBER() OVER (PARTITION BY e."dealId", e."toStage" ORDER BY e."at" DESC, e."id" DESC) AS "latestInStage",
          ROW_NUMBER() OVER (PARTITION BY e."dealId", e."toStage" ORDER BY e."at", e."id") AS "firstInStage"
        FROM "StageEvent" e JOIN "Deal" d ON d."id" = e."dealId"
        WHERE e."teamId" = ${context.teamId} AND ${isStageChange('e')}
      ) events
      GROUP BY "dealId"
    ) facts
      JOIN "Deal" d ON d."id" = facts."dealId"
      JOIN "Lead" l ON l."id" = d."leadId"
  )`;
}

/**
 * The share of spend row `s` that falls in period row `p`, in whole minor units: with amount A over
 * N days and the period covering the row's days [from, to), ⌊A·to/N⌋ − ⌊A·from/N⌋, the same exact
 * spread as `spendShareMinor` (src/domain/spend.ts). Use with `spendOverlaps`.
 */
export function spendShare(dialect: SqlDialect): Prisma.Sql {
  const days = dialect.calendarDays(Prisma.sql`s."periodEnd"`, Prisma.sql`s."periodStart"`);
  const offset = (day: Prisma.Sql) =>
    dialect.least(
      dialect.greatest(dialect.calendarDays(day, Prisma.sql`s."periodStart"`), Prisma.sql`0`),
      days,
    );
  const amount = dialect.wide(Prisma.sql`s."amountMinor"`);
  return Prisma.sql`(${amount} * ${offset(Prisma.sql`p."endDay"`)} / ${days} - ${amount} * ${offset(Prisma.sql`p."firstDay"`)} / ${days})`;
}

/** Spend rows `s` of the team, in its currency, overlapping period row `p`. */
export function spendOverlaps(context: MetricsQueryContext): Prisma.Sql {
  return Prisma.sql`s."teamId" = ${context.teamId} AND s."currency" = ${context.currency}
    AND s."periodEnd" > s."periodStart" AND s."periodStart" < p."endDay" AND s."periodEnd" > p."firstDay"`;
}
