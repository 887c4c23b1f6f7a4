import type { ReportingPeriod } from '../../src/domain/digestFigures';
import { Prisma } from '../../src/generated/postgresql/client';
import type { SqlDialect } from '../../src/store/sqlDialect';

/**
 * Pieces of the floor queries: the digest's figures written by hand for speed, each one reaching
 * only the rows of the reported window through the indexes (docs/BENCHMARKS.md explains the floor).
 * The per-deal facts are derived for the deals that closed or got their first offer in the window,
 * never for every deal of the team.
 */

export type FloorContext = {
  dialect: SqlDialect;
  teamId: string;
  currency: string;
  /** The window every period of the query lies in: [start, end). */
  start: Date;
  end: Date;
};

export function rangeOf(periods: readonly ReportingPeriod[]): { start: Date; end: Date } {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) throw new RangeError('no periods');
  return { start: first.start, end: last.end };
}

/** `column` in the context's window. */
export function inWindow(context: FloorContext, column: string): Prisma.Sql {
  const { dialect } = context;
  return Prisma.sql`${Prisma.raw(column)} >= ${dialect.instant(context.start)} AND ${Prisma.raw(column)} < ${dialect.instant(context.end)}`;
}

/** Every stage, so a range on `at` can use the (teamId, toStage, at) index stage by stage. */
export const ANY_STAGE = Prisma.raw(
  `('LEAD', 'QUALIFIED', 'DISCOVERY', 'OFFER', 'NEGOTIATION', 'WON', 'LOST')`,
);

/**
 * `closing`: deals decided in the window, one row each: the latest event into WON or LOST of a
 * deal that is in that stage now, with the deal's and lead's columns the figures group by.
 */
export function closingTable(context: FloorContext): Prisma.Sql {
  return Prisma.sql`"closing" AS (
    SELECT e."dealId", e."toStage" AS "outcome", e."at" AS "closedAt",
      CASE WHEN e."currency" = ${context.currency} THEN e."valueMinor" END AS "closeValueMinor",
      e."discountPct" AS "closeDiscountPct", d."negotiationRounds", d."lostReason", d."ownerId",
      l."companyKey", l."createdAt" AS "leadCreatedAt", l."source", l."product"
    FROM "StageEvent" e
      JOIN "Deal" d ON d."id" = e."dealId" AND d."stage" = e."toStage"
      JOIN "Lead" l ON l."id" = d."leadId"
    WHERE e."teamId" = ${context.teamId} AND e."toStage" IN ('WON', 'LOST') AND e."kind" <> 'update'
      AND ${inWindow(context, 'e."at"')}
      AND NOT EXISTS (
        SELECT 1 FROM "StageEvent" later
        WHERE later."dealId" = e."dealId" AND later."toStage" = e."toStage" AND later."kind" <> 'update'
          AND (later."at" > e."at" OR (later."at" = e."at" AND later."id" > e."id"))
      )
  )`;
}

/** `offers`: deals whose first ever entry into OFFER is in the window, with its value and the first discovery. */
export function firstOffersTable(context: FloorContext): Prisma.Sql {
  return Prisma.sql`"offers" AS (
    SELECT e."dealId", e."at" AS "offerAt", d."ownerId",
      CASE WHEN e."currency" = ${context.currency} THEN e."valueMinor" END AS "offerValueMinor",
      (SELECT MIN(x."at") FROM "StageEvent" x
        WHERE x."dealId" = e."dealId" AND x."toStage" = 'DISCOVERY' AND x."kind" <> 'update') AS "discoveryAt"
    FROM "StageEvent" e JOIN "Deal" d ON d."id" = e."dealId"
    WHERE e."teamId" = ${context.teamId} AND e."toStage" = 'OFFER' AND e."kind" <> 'update'
      AND ${inWindow(context, 'e."at"')}
      AND NOT EXISTS (
        SELECT 1 FROM "StageEvent" earlier
        WHERE earlier."dealId" = e."dealId" AND earlier."toStage" = 'OFFER' AND earlier."kind" <> 'update'
          AND (earlier."at" < e."at" OR (earlier."at" = e."at" AND earlier."id" < e."id"))
      )
  )`;
}

/** The first closing WON event among all deals won now of the client (companyKey) in `alias`. */
export function clientFirstWin(context: FloorContext, alias: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT MIN("lastWinAt") FROM (
      SELECT MAX(w."at") AS "lastWinAt"
      FROM "Lead" cl JOIN "Deal" cd ON cd."leadId" = cl."id" AND cd."stage" = 'WON'
        JOIN "StageEvent" w ON w."dealId" = cd."id" AND w."toStage" = 'WON' AND w."kind" <> 'update'
      WHERE cl."teamId" = ${context.teamId} AND cl."companyKey" = ${Prisma.raw(alias)}."companyKey"
      GROUP BY cd."id"
    ) "clientWins"
  )`;
}

/** A lead text column, or `fallback` when it is empty. */
export function orNone(column: string, fallback: string): Prisma.Sql {
  return Prisma.sql`COALESCE(NULLIF(TRIM(${Prisma.raw(column)}), ''), ${fallback})`;
}
