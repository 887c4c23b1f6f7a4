import type { ReportingPeriod } from '../../domain/digestFigures';
import { STAGES } from '../../domain/stages';
import { Prisma } from '../../generated/postgresql/client';
import { isStageChange, type MetricsQueryContext, type TableExpression } from './tables';

/**
 * What the figures need to know about deals, derived from their stage events (docs/METRICS.md →
 * General rules) for the deals of one window only: the window's events are found through the
 * (teamId, toStage, at) index, and each deal's other events through (dealId, at). The cost follows
 * the activity in the reported periods, not the size of the team's history.
 */

/** [start, end) spanning every period a query reports. */
export type ReportWindow = { start: Date; end: Date };

export function windowOf(periods: readonly ReportingPeriod[]): ReportWindow {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) throw new RangeError('A report needs at least one period');
  return { start: first.start, end: last.end };
}

/** `column` (an instant) in the window. */
export function inWindow(context: MetricsQueryContext, window: ReportWindow, column: Prisma.Sql): Prisma.Sql {
  const { dialect } = context;
  return Prisma.sql`${column} >= ${dialect.instant(window.start)} AND ${column} < ${dialect.instant(window.end)}`;
}

/** Every stage, so a window's events are read through the (teamId, toStage, at) index stage by stage. */
export const ANY_STAGE = Prisma.raw(`(${STAGES.map((stage) => `'${stage}'`).join(', ')})`);

/** An event's value when it is in the team's currency, else NULL so sums and averages skip it. */
function valueInTeamCurrency(context: MetricsQueryContext, alias: string): Prisma.Sql {
  const event = Prisma.raw(alias);
  return Prisma.sql`CASE WHEN ${event}."currency" = ${context.currency} THEN ${event}."valueMinor" END`;
}

/**
 * `closing`: one row per deal decided in the window — its closing event, the latest event into
 * WON or LOST of a deal that is in that stage now (a reopen undoes earlier decisions) — with
 * outcome, closedAt, closeValueMinor, closeDiscountPct and the deal's and lead's columns the
 * breakdowns group by (ownerId, negotiationRounds, lostReason, companyKey, leadCreatedAt, source,
 * product).
 */
export function closingTable(context: MetricsQueryContext, window: ReportWindow): TableExpression {
  return Prisma.sql`"closing" AS (
    SELECT e."dealId", e."toStage" AS "outcome", e."at" AS "closedAt",
      ${valueInTeamCurrency(context, 'e')} AS "closeValueMinor", e."discountPct" AS "closeDiscountPct",
      d."ownerId", d."negotiationRounds", d."lostReason",
      l."companyKey", l."createdAt" AS "leadCreatedAt", l."source", l."product"
    FROM "StageEvent" e
      JOIN "Deal" d ON d."id" = e."dealId" AND d."stage" = e."toStage"
      JOIN "Lead" l ON l."id" = d."leadId"
    WHERE e."teamId" = ${context.teamId} AND e."toStage" IN ('WON', 'LOST') AND ${isStageChange('e')}
      AND ${inWindow(context, window, Prisma.sql`e."at"`)}
      AND NOT EXISTS (
        SELECT 1 FROM "StageEvent" later
        WHERE later."dealId" = e."dealId" AND later."toStage" = e."toStage" AND ${isStageChange('later')}
          AND (later."at" > e."at" OR (later."at" = e."at" AND later."id" > e."id"))
      )
  )`;
}

/**
 * `offers`: one row per offer sent in the window — a deal's first ever event into OFFER (entering
 * again after moving back is a revised offer) — with offerAt, offerValueMinor, the deal's ownerId
 * and discoveryAt, its first entry into DISCOVERY (whenever it was).
 */
export function offersTable(context: MetricsQueryContext, window: ReportWindow): TableExpression {
  return Prisma.sql`"offers" AS (
    SELECT e."dealId", e."at" AS "offerAt", ${valueInTeamCurrency(context, 'e')} AS "offerValueMinor", d."ownerId",
      (SELECT MIN(x."at") FROM "StageEvent" x
        WHERE x."dealId" = e."dealId" AND x."toStage" = 'DISCOVERY' AND ${isStageChange('x')}) AS "discoveryAt"
    FROM "StageEvent" e JOIN "Deal" d ON d."id" = e."dealId"
    WHERE e."teamId" = ${context.teamId} AND e."toStage" = 'OFFER' AND ${isStageChange('e')}
      AND ${inWindow(context, window, Prisma.sql`e."at"`)}
      AND NOT EXISTS (
        SELECT 1 FROM "StageEvent" earlier
        WHERE earlier."dealId" = e."dealId" AND earlier."toStage" = 'OFFER' AND ${isStageChange('earlier')}
          AND (earlier."at" < e."at" OR (earlier."at" = e."at" AND earlier."id" < e."id"))
      )
  )`;
}

/** The deal in row `alias` entered one of `stages` at some time (so reached them, skips aside). */
export function entered(alias: string, stages: readonly string[]): Prisma.Sql {
  const list = stages.map((stage) => `'${stage}'`).join(', ');
  return Prisma.raw(`EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = ${alias}."dealId"
    AND r."kind" <> 'update' AND r."toStage" IN (${list}))`);
}

/** The value of the first event into OFFER of the deal in row `alias`, in the team's currency. */
export function firstOfferValue(context: MetricsQueryContext, alias: string): Prisma.Sql {
  return Prisma.sql`(SELECT ${valueInTeamCurrency(context, 'o')} FROM "StageEvent" o
    WHERE o."dealId" = ${Prisma.raw(alias)}."dealId" AND o."toStage" = 'OFFER' AND ${isStageChange('o')}
    ORDER BY o."at", o."id" LIMIT 1)`;
}

/**
 * The client's first win: the earliest closing WON event among all deals won now of the client
 * (companyKey) in row `alias`, over all time.
 */
export function clientFirstWin(context: MetricsQueryContext, alias: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT MIN("lastWinAt") FROM (
      SELECT MAX(w."at") AS "lastWinAt"
      FROM "Lead" cl
        JOIN "Deal" cd ON cd."leadId" = cl."id" AND cd."stage" = 'WON'
        JOIN "StageEvent" w ON w."dealId" = cd."id" AND w."toStage" = 'WON' AND ${isStageChange('w')}
      WHERE cl."teamId" = ${context.teamId} AND cl."companyKey" = ${Prisma.raw(alias)}."companyKey"
      GROUP BY cd."id"
    ) "clientWins"
  )`;
}
