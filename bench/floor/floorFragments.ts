import type { ReportingPeriod } from '../../src/domain/digestFigures';
import { Prisma } from '../../src/generated/postgresql/client';
import { wholeUtcDays } from '../../src/store/readModel/metrics/tables';
import type { SqlDialect } from '../../src/store/db/sqlDialect';
import { inTeamCurrency, leftOutMinor } from '../../src/store/readModel/metrics/teamMoney';

/**
 * Pieces of the floor queries: the digest's figures written by hand for speed, each one reaching
 * only the rows of the reported window through the indexes (docs/BENCHMARKS.md explains the floor).
 * Like the digest, they read the pipeline facts the app keeps on write (DealFact, LeadFact,
 * LeadDay, StageDay: src/store/readModel/facts) rather than deriving them from the stage events each time.
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

/** LeadDay rows (`d`) of one attribute for the window's whole UTC days. */
export function leadDays(context: FloorContext, attribute: string): Prisma.Sql {
  const { dialect } = context;
  const whole = wholeUtcDays(context);
  return Prisma.sql`"LeadDay" d WHERE d."teamId" = ${context.teamId} AND d."attribute" = ${Prisma.raw(`'${attribute}'`)}
    AND d."day" >= ${dialect.instant(whole.start)} AND d."day" < ${dialect.instant(whole.end)}`;
}

/** `column` in the window's partial UTC days, before and after its whole ones. */
export function inPartialDays(context: FloorContext, column: string): Prisma.Sql {
  const whole = wholeUtcDays(context);
  return Prisma.sql`(${inWindow({ ...context, end: whole.start }, column)} OR ${inWindow({ ...context, start: whole.end }, column)})`;
}

/** Every stage, so a range on `at` can use the (teamId, toStage, at) index stage by stage. */
export const ANY_STAGE = Prisma.raw(
  `('LEAD', 'QUALIFIED', 'DISCOVERY', 'OFFER', 'NEGOTIATION', 'WON', 'LOST')`,
);

/**
 * `closing`: deals decided in the window, one row each, from DealFact (the per-deal facts the app
 * keeps on write, src/store/readModel/facts): outcome, closing value and discount, and the columns the
 * figures group by.
 */
export function closingTable(context: FloorContext): Prisma.Sql {
  return Prisma.sql`"closing" AS (${closingRows(context)})`;
}

export function closingRows(context: FloorContext): Prisma.Sql {
  const closed = { at: 'f."closedAt"' };
  return Prisma.sql`SELECT f."stage" AS "outcome", f."closedAt",
      ${inTeamCurrency(context, 'f."closeValueMinor"', 'f."closeCurrency"', closed)} AS "closeValueMinor",
      f."closeCurrency", ${leftOutMinor(context, 'f."closeValueMinor"', 'f."closeCurrency"', closed)} AS "closeLeftOutMinor",
      f."closeDiscountPct", f."reachedOffer", f."negotiated",
      ${inTeamCurrency(context, 'f."firstOfferValueMinor"', 'f."firstOfferCurrency"', closed)} AS "firstOfferValueMinor",
      f."previousClientWinAt", f."negotiationRounds", f."lostReason", f."ownerId", f."leadCreatedAt", f."openedAt",
      f."firstNegotiationAt", f."source", f."product"
    FROM "DealFact" f WHERE f."teamId" = ${context.teamId} AND ${inWindow(context, 'f."closedAt"')}`;
}

/** `offers`: deals whose first ever entry into OFFER is in the window, with its value and the first discovery. */
export function firstOffersTable(context: FloorContext): Prisma.Sql {
  return Prisma.sql`"offers" AS (${firstOfferRows(context)})`;
}

export function firstOfferRows(context: FloorContext): Prisma.Sql {
  const offered = { at: 'f."firstOfferAt"' };
  return Prisma.sql`SELECT f."firstOfferAt" AS "offerAt", f."ownerId",
      ${inTeamCurrency(context, 'f."firstOfferValueMinor"', 'f."firstOfferCurrency"', offered)} AS "offerValueMinor",
      f."firstOfferCurrency" AS "offerCurrency",
      ${leftOutMinor(context, 'f."firstOfferValueMinor"', 'f."firstOfferCurrency"', offered)} AS "offerLeftOutMinor",
      f."firstDiscoveryAt" AS "discoveryAt"
    FROM "DealFact" f WHERE f."teamId" = ${context.teamId} AND ${inWindow(context, 'f."firstOfferAt"')}`;
}

/** A lead text column, or `fallback` when it is empty. */
export function orNone(column: string, fallback: string): Prisma.Sql {
  return Prisma.sql`COALESCE(NULLIF(TRIM(${Prisma.raw(column)}), ''), ${fallback})`;
}
