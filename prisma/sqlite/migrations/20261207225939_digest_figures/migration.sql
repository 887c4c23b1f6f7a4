-- DropIndex
DROP INDEX "DealFact_closing_idx";

-- AlterTable
ALTER TABLE "DealFact" ADD COLUMN "firstNegotiationAt" DATETIME;

-- CreateIndex
CREATE INDEX "DealFact_closing_idx" ON "DealFact"("teamId", "closedAt", "stage", "closeValueMinor", "closeCurrency", "closeDiscountPct", "leadCreatedAt", "negotiationRounds", "negotiated", "reachedOffer", "firstOfferValueMinor", "firstOfferCurrency", "previousClientWinAt", "ownerId", "source", "product", "lostReason", "openedAt", "firstNegotiationAt");

-- CreateIndex
CREATE INDEX "DealFact_first_discovery_idx" ON "DealFact"("teamId", "firstDiscoveryAt", "firstOfferAt", "firstNegotiationAt");

-- CreateIndex
CREATE INDEX "LeadFact_qualified_idx" ON "LeadFact"("teamId", "qualifiedReachedAt", "createdAt");

-- The definitions of the facts changed (issue 16: the value of an offer is the value of the deal while in
-- OFFER, including one an edit recorded, and the first entry into NEGOTIATION is kept): every fact is
-- derived again.
DELETE FROM "StageDay";
DELETE FROM "LeadDay";
DELETE FROM "LeadFact";
DELETE FROM "DealFact";
DELETE FROM "ClientFact";

-- Backfill: the facts of the rows already stored, as src/store/facts/refreshFacts.ts
-- (factFillStatements) derives them.
INSERT INTO "ClientFact" ("teamId", "companyKey")
      SELECT DISTINCT l."teamId", l."companyKey" FROM "Lead" l WHERE true;

INSERT INTO "DealFact" ("dealId", "teamId", "leadId", "ownerId", "stage", "negotiationRounds", "lostReason", "leadCreatedAt", "openedAt", "source", "product", "productKey", "companyKey", "firstDiscoveryAt", "lastDiscoveryAt", "discoveryEntries", "firstOfferAt", "firstOfferValueMinor", "firstOfferCurrency", "reachedOffer", "negotiated", "firstNegotiationAt", "lastMovedAt", "closedAt", "closeValueMinor", "closeCurrency", "closeDiscountPct", "previousClientWinAt") 
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
      CASE WHEN EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = d."id"
    AND r."kind" <> 'update' AND r."toStage" IN ('OFFER', 'NEGOTIATION')) THEN 1 ELSE 0 END AS "reachedOffer", CASE WHEN EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = d."id"
    AND r."kind" <> 'update' AND r."toStage" IN ('NEGOTIATION')) THEN 1 ELSE 0 END AS "negotiated",
      (SELECT MIN(x."at") FROM "StageEvent" x
        WHERE x."dealId" = d."id" AND x."toStage" = 'NEGOTIATION' AND x."kind" <> 'update') AS "firstNegotiationAt",
      (SELECT MAX(x."at") FROM "StageEvent" x WHERE x."dealId" = d."id" AND x."kind" <> 'update') AS "lastMovedAt",
      c."at" AS "closedAt", c."valueMinor" AS "closeValueMinor", c."currency" AS "closeCurrency",
      c."discountPct" AS "closeDiscountPct",
      CASE WHEN d."stage" = 'WON' THEN (SELECT MAX(w."closedAt") FROM "DealFact" w
    WHERE w."teamId" = d."teamId" AND w."companyKey" = l."companyKey" AND w."stage" = 'WON'
      AND (w."closedAt" < c."at" OR (w."closedAt" = c."at" AND w."dealId" < d."id"))) END AS "previousClientWinAt"
    FROM (
      SELECT d.*,
        (SELECT f."id" FROM "StageEvent" f
          WHERE f."dealId" = d."id" AND f."toStage" = 'OFFER' AND f."kind" <> 'update'
          ORDER BY f."at", f."id" LIMIT 1) AS "firstOfferEventId",
        CASE WHEN d."stage" IN ('WON', 'LOST') THEN (
          SELECT w."id" FROM "StageEvent" w
          WHERE w."dealId" = d."id" AND w."toStage" = d."stage" AND w."kind" <> 'update'
          ORDER BY w."at" DESC, w."id" DESC LIMIT 1) END AS "closingEventId"
      FROM "Deal" d WHERE true
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
      LEFT JOIN "StageEvent" c ON c."id" = d."closingEventId";

UPDATE "DealFact" SET "previousClientWinAt" = (SELECT MAX(w."closedAt") FROM "DealFact" w
    WHERE w."teamId" = "DealFact"."teamId" AND w."companyKey" = "DealFact"."companyKey" AND w."stage" = 'WON'
      AND (w."closedAt" < "DealFact"."closedAt" OR (w."closedAt" = "DealFact"."closedAt" AND w."dealId" < "DealFact"."dealId")))
    WHERE true AND "stage" = 'WON' AND "previousClientWinAt" IS DISTINCT FROM (SELECT MAX(w."closedAt") FROM "DealFact" w
    WHERE w."teamId" = "DealFact"."teamId" AND w."companyKey" = "DealFact"."companyKey" AND w."stage" = 'WON'
      AND (w."closedAt" < "DealFact"."closedAt" OR (w."closedAt" = "DealFact"."closedAt" AND w."dealId" < "DealFact"."dealId")));

INSERT INTO "LeadFact" ("leadId", "teamId", "companyKey", "ownerId", "createdAt", "qualified", "industry", "segment", "companySize", "country", "source", "product", "won", "wonAt", "firstOfferAt", "qualifiedReachedAt", "discoveryReachedAt", "offerReachedAt", "negotiationReachedAt", "wonReachedAt", "lastReachedAt") 
    SELECT r."leadId", r."teamId", r."companyKey", r."ownerId", r."createdAt", r."qualified",
      r."industry", r."segment", r."companySize", r."country", r."source", r."product", CASE WHEN (SELECT MIN(w."closedAt") FROM "DealFact" w WHERE w."leadId" = r."leadId" AND w."stage" = 'WON') IS NULL THEN 0 ELSE 1 END AS "won",
      (SELECT MIN(w."closedAt") FROM "DealFact" w WHERE w."leadId" = r."leadId" AND w."stage" = 'WON') AS "wonAt", r."offerReachedAt" AS "firstOfferAt",
      CASE WHEN r."qualifiedByMoveAt" IS NULL OR r."qualifiedAt" < r."qualifiedByMoveAt" THEN r."qualifiedAt" ELSE r."qualifiedByMoveAt" END AS "qualifiedReachedAt", r."discoveryReachedAt", r."offerReachedAt",
      r."negotiationReachedAt", r."wonReachedAt",
      CASE WHEN COALESCE(r."wonReachedAt", r."negotiationReachedAt", r."offerReachedAt", r."discoveryReachedAt", CASE WHEN r."qualifiedByMoveAt" IS NULL OR r."qualifiedAt" < r."qualifiedByMoveAt" THEN r."qualifiedAt" ELSE r."qualifiedByMoveAt" END) IS NULL OR (SELECT MIN(w."closedAt") FROM "DealFact" w WHERE w."leadId" = r."leadId" AND w."stage" = 'WON') > COALESCE(r."wonReachedAt", r."negotiationReachedAt", r."offerReachedAt", r."discoveryReachedAt", CASE WHEN r."qualifiedByMoveAt" IS NULL OR r."qualifiedAt" < r."qualifiedByMoveAt" THEN r."qualifiedAt" ELSE r."qualifiedByMoveAt" END) THEN (SELECT MIN(w."closedAt") FROM "DealFact" w WHERE w."leadId" = r."leadId" AND w."stage" = 'WON') ELSE COALESCE(r."wonReachedAt", r."negotiationReachedAt", r."offerReachedAt", r."discoveryReachedAt", CASE WHEN r."qualifiedByMoveAt" IS NULL OR r."qualifiedAt" < r."qualifiedByMoveAt" THEN r."qualifiedAt" ELSE r."qualifiedByMoveAt" END) END AS "lastReachedAt"
    FROM (
      SELECT l."id" AS "leadId", l."teamId", l."companyKey", l."ownerId", l."createdAt",
        CASE WHEN l."status" = 'qualified' THEN 1 ELSE 0 END AS "qualified", l."qualifiedAt",
        NULLIF(LOWER(TRIM(l."industry")), '') AS "industry", l."segment" AS "segment", l."companySize" AS "companySize", l."country" AS "country", l."source" AS "source", NULLIF(LOWER(TRIM(l."product")), '') AS "product",
        MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('QUALIFIED', 'DISCOVERY', 'OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "qualifiedByMoveAt", MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('DISCOVERY', 'OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "discoveryReachedAt",
        MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "offerReachedAt", MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('NEGOTIATION', 'WON') THEN e."at" END) AS "negotiationReachedAt",
        MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('WON') THEN e."at" END) AS "wonReachedAt"
      FROM "Lead" l
        LEFT JOIN "Deal" d ON d."leadId" = l."id"
        LEFT JOIN "StageEvent" e ON e."dealId" = d."id"
      WHERE true
      GROUP BY l."id"
    ) r;

INSERT INTO "LeadDay" ("teamId", "attribute", "day", "valueKey", "value", "leads", "qualifiedLeads", "wins", "reachedOffer", "daysToOfferMs", "funnelQualified", "funnelDiscovery", "funnelOffer", "funnelNegotiation", "funnelWon")
      SELECT "teamId", "attribute", "day", "valueKey", MIN("value"), SUM("leads"), SUM("qualifiedLeads"), SUM("wins"), SUM("reachedOffer"), SUM("daysToOfferMs"), SUM("funnelQualified"), SUM("funnelDiscovery"), SUM("funnelOffer"), SUM("funnelNegotiation"), SUM("funnelWon")
    FROM (
      SELECT f."teamId", 'all' AS "attribute",
        ((f."createdAt") - (f."createdAt") % 86400000) AS "day", COALESCE('=' || CAST(NULL AS TEXT), '') AS "valueKey",
        CAST(NULL AS TEXT) AS "value", 1 AS "leads", f."qualified" AS "qualifiedLeads",
        f."won" AS "wins",
        CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
        COALESCE(((f."firstOfferAt") - (f."createdAt")), 0) AS "daysToOfferMs",
        CASE WHEN f."qualifiedReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelQualified", CASE WHEN f."discoveryReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelDiscovery", CASE WHEN f."offerReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelOffer", CASE WHEN f."negotiationReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelNegotiation", CASE WHEN f."wonReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelWon"
      FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL 
      SELECT f."teamId", 'ownerId' AS "attribute",
        ((f."createdAt") - (f."createdAt") % 86400000) AS "day", COALESCE('=' || f."ownerId", '') AS "valueKey",
        f."ownerId" AS "value", 1 AS "leads", f."qualified" AS "qualifiedLeads",
        f."won" AS "wins",
        CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
        COALESCE(((f."firstOfferAt") - (f."createdAt")), 0) AS "daysToOfferMs",
        CASE WHEN f."qualifiedReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelQualified", CASE WHEN f."discoveryReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelDiscovery", CASE WHEN f."offerReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelOffer", CASE WHEN f."negotiationReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelNegotiation", CASE WHEN f."wonReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelWon"
      FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL 
      SELECT f."teamId", 'industry' AS "attribute",
        ((f."createdAt") - (f."createdAt") % 86400000) AS "day", COALESCE('=' || f."industry", '') AS "valueKey",
        f."industry" AS "value", 1 AS "leads", f."qualified" AS "qualifiedLeads",
        f."won" AS "wins",
        CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
        COALESCE(((f."firstOfferAt") - (f."createdAt")), 0) AS "daysToOfferMs",
        CASE WHEN f."qualifiedReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelQualified", CASE WHEN f."discoveryReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelDiscovery", CASE WHEN f."offerReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelOffer", CASE WHEN f."negotiationReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelNegotiation", CASE WHEN f."wonReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelWon"
      FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL 
      SELECT f."teamId", 'segment' AS "attribute",
        ((f."createdAt") - (f."createdAt") % 86400000) AS "day", COALESCE('=' || f."segment", '') AS "valueKey",
        f."segment" AS "value", 1 AS "leads", f."qualified" AS "qualifiedLeads",
        f."won" AS "wins",
        CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
        COALESCE(((f."firstOfferAt") - (f."createdAt")), 0) AS "daysToOfferMs",
        CASE WHEN f."qualifiedReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelQualified", CASE WHEN f."discoveryReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelDiscovery", CASE WHEN f."offerReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelOffer", CASE WHEN f."negotiationReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelNegotiation", CASE WHEN f."wonReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelWon"
      FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL 
      SELECT f."teamId", 'companySize' AS "attribute",
        ((f."createdAt") - (f."createdAt") % 86400000) AS "day", COALESCE('=' || f."companySize", '') AS "valueKey",
        f."companySize" AS "value", 1 AS "leads", f."qualified" AS "qualifiedLeads",
        f."won" AS "wins",
        CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
        COALESCE(((f."firstOfferAt") - (f."createdAt")), 0) AS "daysToOfferMs",
        CASE WHEN f."qualifiedReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelQualified", CASE WHEN f."discoveryReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelDiscovery", CASE WHEN f."offerReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelOffer", CASE WHEN f."negotiationReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelNegotiation", CASE WHEN f."wonReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelWon"
      FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL 
      SELECT f."teamId", 'country' AS "attribute",
        ((f."createdAt") - (f."createdAt") % 86400000) AS "day", COALESCE('=' || f."country", '') AS "valueKey",
        f."country" AS "value", 1 AS "leads", f."qualified" AS "qualifiedLeads",
        f."won" AS "wins",
        CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
        COALESCE(((f."firstOfferAt") - (f."createdAt")), 0) AS "daysToOfferMs",
        CASE WHEN f."qualifiedReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelQualified", CASE WHEN f."discoveryReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelDiscovery", CASE WHEN f."offerReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelOffer", CASE WHEN f."negotiationReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelNegotiation", CASE WHEN f."wonReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelWon"
      FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL 
      SELECT f."teamId", 'source' AS "attribute",
        ((f."createdAt") - (f."createdAt") % 86400000) AS "day", COALESCE('=' || f."source", '') AS "valueKey",
        f."source" AS "value", 1 AS "leads", f."qualified" AS "qualifiedLeads",
        f."won" AS "wins",
        CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
        COALESCE(((f."firstOfferAt") - (f."createdAt")), 0) AS "daysToOfferMs",
        CASE WHEN f."qualifiedReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelQualified", CASE WHEN f."discoveryReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelDiscovery", CASE WHEN f."offerReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelOffer", CASE WHEN f."negotiationReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelNegotiation", CASE WHEN f."wonReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelWon"
      FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL 
      SELECT f."teamId", 'product' AS "attribute",
        ((f."createdAt") - (f."createdAt") % 86400000) AS "day", COALESCE('=' || f."product", '') AS "valueKey",
        f."product" AS "value", 1 AS "leads", f."qualified" AS "qualifiedLeads",
        f."won" AS "wins",
        CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
        COALESCE(((f."firstOfferAt") - (f."createdAt")), 0) AS "daysToOfferMs",
        CASE WHEN f."qualifiedReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelQualified", CASE WHEN f."discoveryReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelDiscovery", CASE WHEN f."offerReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelOffer", CASE WHEN f."negotiationReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelNegotiation", CASE WHEN f."wonReachedAt" IS NOT NULL THEN 1 ELSE 0 END AS "funnelWon"
      FROM (SELECT * FROM "LeadFact" WHERE true) f) AS "shares" WHERE true
    GROUP BY "teamId", "attribute", "day", "valueKey"
    HAVING SUM("leads") <> 0 OR SUM("qualifiedLeads") <> 0 OR SUM("wins") <> 0 OR SUM("reachedOffer") <> 0 OR SUM("daysToOfferMs") <> 0 OR SUM("funnelQualified") <> 0 OR SUM("funnelDiscovery") <> 0 OR SUM("funnelOffer") <> 0 OR SUM("funnelNegotiation") <> 0 OR SUM("funnelWon") <> 0;

INSERT INTO "StageDay" ("teamId", "day", "toStage", "entries")
    SELECT e."teamId", ((e."at") - (e."at") % 86400000), e."toStage", COUNT(*) FROM "StageEvent" e
    WHERE true AND e."kind" <> 'update'
    GROUP BY e."teamId", ((e."at") - (e."at") % 86400000), e."toStage";
