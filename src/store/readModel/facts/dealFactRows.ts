import { Prisma } from '../../../generated/postgresql/client';
import { type FactScope, inScope } from './factSql';

/**
 * A DealFact row per deal in scope, from the deal, its lead and its stage events, by the rules of
 * docs/METRICS.md → General rules (only stage changes count: kind `update` rows are terms only):
 * its entries into DISCOVERY (first, last, how many), the first entry into OFFER (ties broken by id)
 * with the deal's value while in OFFER (the entry's own, or else the first value an edit — a kind
 * `update` row — recorded before the deal's next stage change), whether it ever made an offer
 * (entered OFFER or NEGOTIATION: a deal created as WON, or moved straight to WON, made none) and
 * entered NEGOTIATION (and when first), and its closing event — the latest entry into WON or LOST of a deal
 * that is in that stage now, so a reopen undoes earlier decisions. `previousClientWinAt` is read
 * from the client's other DealFact rows as they are, so it is brought up to date per client
 * afterwards (`previousClientWin`, refreshFacts.ts).
 */

export const DEAL_FACT_COLUMNS = [
  'dealId',
  'teamId',
  'leadId',
  'ownerId',
  'stage',
  'negotiationRounds',
  'lostReason',
  'leadCreatedAt',
  'openedAt',
  'source',
  'product',
  'productKey',
  'companyKey',
  'firstDiscoveryAt',
  'lastDiscoveryAt',
  'discoveryEntries',
  'firstOfferAt',
  'firstOfferValueMinor',
  'firstOfferCurrency',
  'reachedOffer',
  'negotiated',
  'firstNegotiationAt',
  'lastMovedAt',
  'closedAt',
  'closeValueMinor',
  'closeCurrency',
  'closeDiscountPct',
  'previousClientWinAt',
] as const;

/**
 * The closing of the client's previous won deal before a won deal's closing (by closing time, then
 * deal id), from DealFact: null for the client's first win. A client's first win in a period is
 * then its won deal there whose previous win is before the period, whatever the ties.
 */
export function previousClientWin(deal: {
  teamId: string;
  companyKey: string;
  dealId: string;
  closedAt: string;
}): Prisma.Sql {
  const { teamId, companyKey, dealId, closedAt } = deal;
  return Prisma.raw(`(SELECT MAX(w."closedAt") FROM "DealFact" w
    WHERE w."teamId" = ${teamId} AND w."companyKey" = ${companyKey} AND w."stage" = 'WON'
      AND (w."closedAt" < ${closedAt} OR (w."closedAt" = ${closedAt} AND w."dealId" < ${dealId})))`);
}

/** The deal (`d`) has a stage change into one of `stages`. */
function entered(stages: string): Prisma.Sql {
  return Prisma.raw(`CASE WHEN EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = d."id"
    AND r."kind" <> 'update' AND r."toStage" IN (${stages})) THEN 1 ELSE 0 END`);
}

/** The columns of DEAL_FACT_COLUMNS, in order, for the deals in scope. */
export function dealFactRows(scope: FactScope): Prisma.Sql {
  return Prisma.sql`
    SELECT d."id" AS "dealId", d."teamId", d."leadId", d."ownerId", d."stage", d."negotiationRounds",
      d."lostReason", l."createdAt" AS "leadCreatedAt",
      (SELECT MIN(x."at") FROM "StageEvent" x WHERE x."dealId" = d."id" AND x."kind" <> 'update') AS "openedAt",
      l."source", l."product",
      NULLIF(LOWER(TRIM(l."product")), '') AS "productKey", l."companyKey",
      (SELECT MIN(x."at") FROM "StageEvent" x
        WHERE x."dealId" = d."id" AND x."toStage" = 'DISCOVERY' AND x."kind" <> 'update') AS "firstDiscoveryAt",
      (SELECT MAX(x."at") FROM "StageEvent" x
        WHERE x."dealId" = d."id" AND x."toStage" = 'DISCOVERY' AND x."kind" <> 'update') AS "lastDiscoveryAt",
      (SELECT COUNT(*) FROM "StageEvent" x
        WHERE x."dealId" = d."id" AND x."toStage" = 'DISCOVERY' AND x."kind" <> 'update') AS "discoveryEntries",
      o."at" AS "firstOfferAt", v."valueMinor" AS "firstOfferValueMinor", v."currency" AS "firstOfferCurrency",
      ${entered(`'OFFER', 'NEGOTIATION'`)} AS "reachedOffer", ${entered(`'NEGOTIATION'`)} AS "negotiated",
      (SELECT MIN(x."at") FROM "StageEvent" x
        WHERE x."dealId" = d."id" AND x."toStage" = 'NEGOTIATION' AND x."kind" <> 'update') AS "firstNegotiationAt",
      (SELECT MAX(x."at") FROM "StageEvent" x WHERE x."dealId" = d."id" AND x."kind" <> 'update') AS "lastMovedAt",
      c."at" AS "closedAt", c."valueMinor" AS "closeValueMinor", c."currency" AS "closeCurrency",
      c."discountPct" AS "closeDiscountPct",
      CASE WHEN d."stage" = 'WON' THEN ${previousClientWin({
        teamId: 'd."teamId"',
        companyKey: 'l."companyKey"',
        dealId: 'd."id"',
        closedAt: 'c."at"',
      })} END AS "previousClientWinAt"
    FROM (
      SELECT d.*,
        (SELECT f."id" FROM "StageEvent" f
          WHERE f."dealId" = d."id" AND f."toStage" = 'OFFER' AND f."kind" <> 'update'
          ORDER BY f."at", f."id" LIMIT 1) AS "firstOfferEventId",
        CASE WHEN d."stage" IN ('WON', 'LOST') THEN (
          SELECT w."id" FROM "StageEvent" w
          WHERE w."dealId" = d."id" AND w."toStage" = d."stage" AND w."kind" <> 'update'
          ORDER BY w."at" DESC, w."id" DESC LIMIT 1) END AS "closingEventId"
      FROM "Deal" d WHERE ${inScope(scope, 'd', 'leadId')}
    ) d
      JOIN "Lead" l ON l."id" = d."leadId"
      LEFT JOIN "StageEvent" o ON o."id" = d."firstOfferEventId"
      LEFT JOIN "StageEvent" v ON v."id" = (
        SELECT u."id" FROM "StageEvent" u
        WHERE u."dealId" = d."id" AND u."valueMinor" IS NOT NULL
          AND (u."id" = o."id" OR (u."kind" = 'update' AND u."at" >= o."at"))
          AND NOT EXISTS (SELECT 1 FROM "StageEvent" n
            WHERE n."dealId" = d."id" AND n."kind" <> 'update' AND n."id" <> o."id"
              AND n."at" >= o."at" AND n."at" <= u."at")
        ORDER BY u."at", u."id" LIMIT 1)
      LEFT JOIN "StageEvent" c ON c."id" = d."closingEventId"`;
}
