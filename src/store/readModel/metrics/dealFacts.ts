import { STAGES } from '../../../domain/stages';
import { Prisma } from '../../../generated/postgresql/client';
import type { MetricsQueryContext } from './tables';
import { inTeamCurrency, leftOutMinor } from './teamMoney';

/**
 * What the figures need to know about deals, read from DealFact (src/store/readModel/facts: each deal's
 * stage events folded by the rules of docs/METRICS.md → General rules, kept up to date on every
 * write): a window's decided deals and offers come from its (teamId, closedAt, …) and
 * (teamId, firstOfferAt, …) indexes alone, so the cost follows the activity in the reported
 * periods, not the size of the team's history.
 */

/** [start, end): the window a query reads. */
export type ReportWindow = { start: Date; end: Date };

/** `column` (an instant) in the window. */
export function inWindow(context: MetricsQueryContext, window: ReportWindow, column: Prisma.Sql): Prisma.Sql {
  const { dialect } = context;
  return Prisma.sql`${column} >= ${dialect.instant(window.start)} AND ${column} < ${dialect.instant(window.end)}`;
}

/** Every stage, so a window's events are read through the (teamId, toStage, at, …) index stage by stage. */
export const ANY_STAGE = Prisma.raw(`(${STAGES.map((stage) => `'${stage}'`).join(', ')})`);

/**
 * One row per deal decided in the window (its closing event in it) with outcome, closedAt,
 * closeValueMinor (in the team's currency at the closing's rate; closeCurrency and
 * closeLeftOutMinor keep a value that has no rate), closeDiscountPct, reachedOffer, negotiated,
 * firstOfferValueMinor (in the team's currency at the closing's rate too, so the kept share
 * compares like with like), previousClientWinAt and the deal's and lead's columns the breakdowns
 * group by (ownerId, negotiationRounds, lostReason, leadCreatedAt, firstNegotiationAt, source, product): straight from
 * DealFact's closing index, without deal ids, so the index alone answers (a rate is looked up
 * only for a value in another currency).
 */
export function closingRows(context: MetricsQueryContext, window: ReportWindow): Prisma.Sql {
  const closed = { at: 'f."closedAt"' };
  return Prisma.sql`SELECT f."stage" AS "outcome", f."closedAt",
      ${inTeamCurrency(context, 'f."closeValueMinor"', 'f."closeCurrency"', closed)} AS "closeValueMinor",
      f."closeCurrency", ${leftOutMinor(context, 'f."closeValueMinor"', 'f."closeCurrency"', closed)} AS "closeLeftOutMinor",
      f."closeDiscountPct", f."reachedOffer", f."negotiated",
      ${inTeamCurrency(context, 'f."firstOfferValueMinor"', 'f."firstOfferCurrency"', closed)} AS "firstOfferValueMinor",
      f."previousClientWinAt", f."ownerId", f."negotiationRounds", f."lostReason", f."leadCreatedAt", f."openedAt",
      f."firstNegotiationAt", f."source", f."product"
    FROM "DealFact" f
    WHERE f."teamId" = ${context.teamId} AND ${inWindow(context, window, Prisma.sql`f."closedAt"`)}`;
}

/**
 * One row per offer sent in the window — a deal's first ever entry into OFFER (entering again after
 * moving back is a revised offer) — with offerAt, offerValueMinor (in the team's currency at the
 * offer's rate; offerCurrency and offerLeftOutMinor keep a value that has no rate), the deal's
 * ownerId and discoveryAt, its first entry into DISCOVERY (whenever it was): straight from
 * DealFact's offer index, without deal ids, so the index alone answers.
 */
export function offerRows(context: MetricsQueryContext, window: ReportWindow): Prisma.Sql {
  const offered = { at: 'f."firstOfferAt"' };
  return Prisma.sql`SELECT f."firstOfferAt" AS "offerAt",
      ${inTeamCurrency(context, 'f."firstOfferValueMinor"', 'f."firstOfferCurrency"', offered)} AS "offerValueMinor",
      f."firstOfferCurrency" AS "offerCurrency",
      ${leftOutMinor(context, 'f."firstOfferValueMinor"', 'f."firstOfferCurrency"', offered)} AS "offerLeftOutMinor",
      f."ownerId", f."firstDiscoveryAt" AS "discoveryAt"
    FROM "DealFact" f
    WHERE f."teamId" = ${context.teamId} AND ${inWindow(context, window, Prisma.sql`f."firstOfferAt"`)}`;
}
