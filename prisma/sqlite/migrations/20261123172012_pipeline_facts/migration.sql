-- DropIndex
DROP INDEX "Feedback_teamId_createdAt_idx";

-- DropIndex
DROP INDEX "Lead_teamId_qualifiedAt_idx";

-- DropIndex
DROP INDEX "Lead_teamId_createdAt_idx";

-- DropIndex
DROP INDEX "StageEvent_teamId_toStage_at_idx";

-- CreateTable
CREATE TABLE "DealFact" (
    "dealId" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "negotiationRounds" INTEGER NOT NULL,
    "lostReason" TEXT,
    "leadCreatedAt" DATETIME NOT NULL,
    "source" TEXT,
    "product" TEXT,
    "productKey" TEXT,
    "companyKey" TEXT NOT NULL,
    "firstDiscoveryAt" DATETIME,
    "lastDiscoveryAt" DATETIME,
    "discoveryEntries" INTEGER NOT NULL,
    "firstOfferAt" DATETIME,
    "firstOfferValueMinor" INTEGER,
    "firstOfferCurrency" TEXT,
    "reachedOffer" INTEGER NOT NULL,
    "negotiated" INTEGER NOT NULL,
    "lastMovedAt" DATETIME,
    "closedAt" DATETIME,
    "closeValueMinor" INTEGER,
    "closeCurrency" TEXT,
    "closeDiscountPct" REAL,
    "previousClientWinAt" DATETIME,
    CONSTRAINT "DealFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClientFact" (
    "teamId" TEXT NOT NULL,
    "companyKey" TEXT NOT NULL,

    PRIMARY KEY ("teamId", "companyKey"),
    CONSTRAINT "ClientFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadFact" (
    "leadId" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "companyKey" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "qualified" INTEGER NOT NULL,
    "industry" TEXT,
    "segment" TEXT,
    "companySize" TEXT,
    "country" TEXT,
    "source" TEXT,
    "product" TEXT,
    "won" INTEGER NOT NULL,
    "firstOfferAt" DATETIME,
    "qualifiedReachedAt" DATETIME,
    "discoveryReachedAt" DATETIME,
    "offerReachedAt" DATETIME,
    "negotiationReachedAt" DATETIME,
    "wonReachedAt" DATETIME,
    "lastReachedAt" DATETIME,
    CONSTRAINT "LeadFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadDay" (
    "teamId" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "valueKey" TEXT NOT NULL,
    "value" TEXT,
    "leads" INTEGER NOT NULL,
    "qualifiedLeads" INTEGER NOT NULL,
    "wins" INTEGER NOT NULL,
    "reachedOffer" INTEGER NOT NULL,
    "daysToOfferMs" BIGINT NOT NULL,
    "funnelQualified" INTEGER NOT NULL,
    "funnelDiscovery" INTEGER NOT NULL,
    "funnelOffer" INTEGER NOT NULL,
    "funnelNegotiation" INTEGER NOT NULL,
    "funnelWon" INTEGER NOT NULL,

    PRIMARY KEY ("teamId", "attribute", "day", "valueKey"),
    CONSTRAINT "LeadDay_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StageDay" (
    "teamId" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "toStage" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,

    PRIMARY KEY ("teamId", "toStage", "day"),
    CONSTRAINT "StageDay_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DealFact_closing_idx" ON "DealFact"("teamId", "closedAt", "stage", "closeValueMinor", "closeCurrency", "closeDiscountPct", "leadCreatedAt", "negotiationRounds", "negotiated", "reachedOffer", "firstOfferValueMinor", "firstOfferCurrency", "previousClientWinAt", "ownerId", "source", "product", "lostReason");

-- CreateIndex
CREATE INDEX "DealFact_offer_idx" ON "DealFact"("teamId", "firstOfferAt", "firstOfferValueMinor", "firstOfferCurrency", "firstDiscoveryAt", "ownerId");

-- CreateIndex
CREATE INDEX "DealFact_discovery_idx" ON "DealFact"("teamId", "lastDiscoveryAt", "firstDiscoveryAt", "discoveryEntries", "ownerId", "dealId");

-- CreateIndex
CREATE INDEX "DealFact_teamId_companyKey_stage_closedAt_idx" ON "DealFact"("teamId", "companyKey", "stage", "closedAt");

-- CreateIndex
CREATE INDEX "DealFact_teamId_productKey_lastMovedAt_idx" ON "DealFact"("teamId", "productKey", "lastMovedAt");

-- CreateIndex
CREATE INDEX "DealFact_leadId_idx" ON "DealFact"("leadId");

-- CreateIndex
CREATE INDEX "LeadFact_cohort_idx" ON "LeadFact"("teamId", "createdAt", "qualifiedReachedAt", "discoveryReachedAt", "offerReachedAt", "negotiationReachedAt", "wonReachedAt");

-- CreateIndex
CREATE INDEX "LeadFact_reached_idx" ON "LeadFact"("teamId", "lastReachedAt", "createdAt", "qualifiedReachedAt", "discoveryReachedAt", "offerReachedAt", "negotiationReachedAt", "wonReachedAt");

-- CreateIndex
CREATE INDEX "LeadFact_teamId_product_createdAt_idx" ON "LeadFact"("teamId", "product", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_teamId_createdAt_sentiment_idx" ON "Feedback"("teamId", "createdAt", "sentiment");

-- CreateIndex
CREATE INDEX "Lead_teamId_createdAt_status_source_ownerId_idx" ON "Lead"("teamId", "createdAt", "status", "source", "ownerId");

-- CreateIndex
CREATE INDEX "Lead_teamId_qualifiedAt_status_idx" ON "Lead"("teamId", "qualifiedAt", "status");

-- CreateIndex
CREATE INDEX "StageEvent_teamId_toStage_at_kind_dealId_idx" ON "StageEvent"("teamId", "toStage", "at", "kind", "dealId");


-- Backfill: the facts of the rows already stored, as src/store/facts/refreshFacts.ts
-- (factFillStatements) derives them.
INSERT INTO "ClientFact" ("teamId", "companyKey")
  SELECT DISTINCT l."teamId", l."companyKey" FROM "Lead" l WHERE true;

INSERT INTO "DealFact" ("dealId", "teamId", "leadId", "ownerId", "stage", "negotiationRounds", "lostReason", "leadCreatedAt", "source", "product", "productKey", "companyKey", "firstDiscoveryAt", "lastDiscoveryAt", "discoveryEntries", "firstOfferAt", "firstOfferValueMinor", "firstOfferCurrency", "reachedOffer", "negotiated", "lastMovedAt", "closedAt", "closeValueMinor", "closeCurrency", "closeDiscountPct", "previousClientWinAt")
  SELECT d."id" AS "dealId", d."teamId", d."leadId", d."ownerId", d."stage", d."negotiationRounds",
  d."lostReason", l."createdAt" AS "leadCreatedAt", l."source", l."product",
  NULLIF(LOWER(TRIM(l."product")), '') AS "productKey", l."companyKey",
  (SELECT MIN(x."at") FROM "StageEvent" x
  WHERE x."dealId" = d."id" AND x."toStage" = 'DISCOVERY' AND x."kind" <> 'update') AS "firstDiscoveryAt",
  (SELECT MAX(x."at") FROM "StageEvent" x
  WHERE x."dealId" = d."id" AND x."toStage" = 'DISCOVERY' AND x."kind" <> 'update') AS "lastDiscoveryAt",
  (SELECT COUNT(*) FROM "StageEvent" x
  WHERE x."dealId" = d."id" AND x."toStage" = 'DISCOVERY' AND x."kind" <> 'update') AS "discoveryEntries",
  o."at" AS "firstOfferAt", o."valueMinor" AS "firstOfferValueMinor", o."currency" AS "firstOfferCurrency",
  CASE WHEN EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = d."id"
  AND r."kind" <> 'update' AND r."toStage" IN ('OFFER', 'NEGOTIATION', 'WON')) THEN 1 ELSE 0 END AS "reachedOffer", CASE WHEN EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = d."id"
  AND r."kind" <> 'update' AND r."toStage" IN ('NEGOTIATION')) THEN 1 ELSE 0 END AS "negotiated",
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
  LEFT JOIN "StageEvent" c ON c."id" = d."closingEventId";

UPDATE "DealFact" SET "previousClientWinAt" = (SELECT MAX(w."closedAt") FROM "DealFact" w
  WHERE w."teamId" = "DealFact"."teamId" AND w."companyKey" = "DealFact"."companyKey" AND w."stage" = 'WON'
  AND (w."closedAt" < "DealFact"."closedAt" OR (w."closedAt" = "DealFact"."closedAt" AND w."dealId" < "DealFact"."dealId")))
  WHERE true AND "stage" = 'WON' AND "previousClientWinAt" IS DISTINCT FROM (SELECT MAX(w."closedAt") FROM "DealFact" w
  WHERE w."teamId" = "DealFact"."teamId" AND w."companyKey" = "DealFact"."companyKey" AND w."stage" = 'WON'
  AND (w."closedAt" < "DealFact"."closedAt" OR (w."closedAt" = "DealFact"."closedAt" AND w."dealId" < "DealFact"."dealId")));

INSERT INTO "LeadFact" ("leadId", "teamId", "companyKey", "ownerId", "createdAt", "qualified", "industry", "segment", "companySize", "country", "source", "product", "won", "firstOfferAt", "qualifiedReachedAt", "discoveryReachedAt", "offerReachedAt", "negotiationReachedAt", "wonReachedAt", "lastReachedAt")
  SELECT r."leadId", r."teamId", r."companyKey", r."ownerId", r."createdAt", r."qualified",
  r."industry", r."segment", r."companySize", r."country", r."source", r."product", r."won", r."firstOfferAt",
  CASE WHEN r."qualifiedByMoveAt" IS NULL OR r."qualifiedAt" < r."qualifiedByMoveAt" THEN r."qualifiedAt" ELSE r."qualifiedByMoveAt" END AS "qualifiedReachedAt", r."discoveryReachedAt", r."offerReachedAt",
  r."negotiationReachedAt", r."wonReachedAt",
  COALESCE(r."wonReachedAt", r."negotiationReachedAt", r."offerReachedAt", r."discoveryReachedAt",
  CASE WHEN r."qualifiedByMoveAt" IS NULL OR r."qualifiedAt" < r."qualifiedByMoveAt" THEN r."qualifiedAt" ELSE r."qualifiedByMoveAt" END) AS "lastReachedAt"
  FROM (
  SELECT l."id" AS "leadId", l."teamId", l."companyKey", l."ownerId", l."createdAt",
  CASE WHEN l."status" = 'qualified' THEN 1 ELSE 0 END AS "qualified", l."qualifiedAt",
  NULLIF(LOWER(TRIM(l."industry")), '') AS "industry", l."segment" AS "segment", l."companySize" AS "companySize", l."country" AS "country", l."source" AS "source", NULLIF(LOWER(TRIM(l."product")), '') AS "product",
  COALESCE(MAX(CASE WHEN e."toStage" = 'WON' THEN 1 ELSE 0 END), 0) AS "won",
  MIN(CASE WHEN e."toStage" IN ('OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "firstOfferAt",
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
