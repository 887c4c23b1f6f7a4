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
    "clientFirstWinAt" DATETIME,
    CONSTRAINT "DealFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClientFact" (
    "teamId" TEXT NOT NULL,
    "companyKey" TEXT NOT NULL,
    "firstWinAt" DATETIME,

    PRIMARY KEY ("teamId", "companyKey"),
    CONSTRAINT "ClientFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadFact" (
    "leadId" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "qualifiedAt" DATETIME,
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
    CONSTRAINT "LeadFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadProfileDay" (
    "teamId" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "attribute" TEXT NOT NULL,
    "valueKey" TEXT NOT NULL,
    "value" TEXT,
    "leads" INTEGER NOT NULL,
    "wins" INTEGER NOT NULL,
    "reachedOffer" INTEGER NOT NULL,
    "daysToOfferMs" BIGINT NOT NULL,

    PRIMARY KEY ("teamId", "day", "attribute", "valueKey"),
    CONSTRAINT "LeadProfileDay_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DealFact_closing_idx" ON "DealFact"("teamId", "closedAt", "stage", "closeValueMinor", "closeCurrency", "closeDiscountPct", "leadCreatedAt", "negotiationRounds", "negotiated", "reachedOffer", "firstOfferValueMinor", "firstOfferCurrency", "companyKey", "clientFirstWinAt", "ownerId", "source", "product", "lostReason");

-- CreateIndex
CREATE INDEX "DealFact_offer_idx" ON "DealFact"("teamId", "firstOfferAt", "firstOfferValueMinor", "firstOfferCurrency", "firstDiscoveryAt", "ownerId");

-- CreateIndex
CREATE INDEX "DealFact_teamId_companyKey_stage_idx" ON "DealFact"("teamId", "companyKey", "stage");

-- CreateIndex
CREATE INDEX "DealFact_teamId_productKey_lastMovedAt_idx" ON "DealFact"("teamId", "productKey", "lastMovedAt");

-- CreateIndex
CREATE INDEX "DealFact_leadId_idx" ON "DealFact"("leadId");

-- CreateIndex
CREATE INDEX "LeadFact_cohort_idx" ON "LeadFact"("teamId", "createdAt", "qualifiedAt", "qualifiedReachedAt", "discoveryReachedAt", "offerReachedAt", "negotiationReachedAt", "wonReachedAt");

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
-- (rebuildStatements) derives them.
INSERT INTO "DealFact" ("dealId", "teamId", "leadId", "ownerId", "stage", "negotiationRounds", "lostReason", "leadCreatedAt", "source", "product", "productKey", "companyKey", "firstDiscoveryAt", "firstOfferAt", "firstOfferValueMinor", "firstOfferCurrency", "reachedOffer", "negotiated", "lastMovedAt", "closedAt", "closeValueMinor", "closeCurrency", "closeDiscountPct", "clientFirstWinAt")
  SELECT d."id" AS "dealId", d."teamId", d."leadId", d."ownerId", d."stage", d."negotiationRounds",
  d."lostReason", l."createdAt" AS "leadCreatedAt", l."source", l."product",
  NULLIF(LOWER(TRIM(l."product")), '') AS "productKey", l."companyKey",
  (SELECT MIN(x."at") FROM "StageEvent" x
  WHERE x."dealId" = d."id" AND x."toStage" = 'DISCOVERY' AND x."kind" <> 'update') AS "firstDiscoveryAt",
  o."at" AS "firstOfferAt", o."valueMinor" AS "firstOfferValueMinor", o."currency" AS "firstOfferCurrency",
  CASE WHEN EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = d."id"
  AND r."kind" <> 'update' AND r."toStage" IN ('OFFER', 'NEGOTIATION', 'WON')) THEN 1 ELSE 0 END AS "reachedOffer", CASE WHEN EXISTS (SELECT 1 FROM "StageEvent" r WHERE r."dealId" = d."id"
  AND r."kind" <> 'update' AND r."toStage" IN ('NEGOTIATION')) THEN 1 ELSE 0 END AS "negotiated",
  (SELECT MAX(x."at") FROM "StageEvent" x WHERE x."dealId" = d."id" AND x."kind" <> 'update') AS "lastMovedAt",
  c."at" AS "closedAt", c."valueMinor" AS "closeValueMinor", c."currency" AS "closeCurrency",
  c."discountPct" AS "closeDiscountPct",
  CASE WHEN d."stage" = 'WON' THEN (SELECT cf."firstWinAt" FROM "ClientFact" cf
  WHERE cf."teamId" = d."teamId" AND cf."companyKey" = l."companyKey") END AS "clientFirstWinAt"
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

INSERT INTO "ClientFact" ("teamId", "companyKey", "firstWinAt")
  SELECT "teamId", "companyKey", MIN("closedAt") FROM "DealFact"
  WHERE true AND "stage" = 'WON' AND "closedAt" IS NOT NULL
  GROUP BY "teamId", "companyKey";

UPDATE "DealFact" SET "clientFirstWinAt" = (SELECT c."firstWinAt" FROM "ClientFact" c
  WHERE c."teamId" = "DealFact"."teamId" AND c."companyKey" = "DealFact"."companyKey")
  WHERE true AND "stage" = 'WON';

INSERT INTO "LeadFact" ("leadId", "teamId", "createdAt", "qualifiedAt", "industry", "segment", "companySize", "country", "source", "product", "won", "firstOfferAt", "qualifiedReachedAt", "discoveryReachedAt", "offerReachedAt", "negotiationReachedAt", "wonReachedAt")
  SELECT l."id" AS "leadId", l."teamId", l."createdAt", l."qualifiedAt", NULLIF(LOWER(TRIM(l."industry")), '') AS "industry", l."segment" AS "segment", l."companySize" AS "companySize", l."country" AS "country", l."source" AS "source", NULLIF(LOWER(TRIM(l."product")), '') AS "product",
  COALESCE(MAX(CASE WHEN e."toStage" = 'WON' THEN 1 ELSE 0 END), 0) AS "won",
  MIN(CASE WHEN e."toStage" IN ('OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "firstOfferAt",
  MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('QUALIFIED', 'DISCOVERY', 'OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "qualifiedReachedAt", MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('DISCOVERY', 'OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "discoveryReachedAt",
  MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "offerReachedAt", MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('NEGOTIATION', 'WON') THEN e."at" END) AS "negotiationReachedAt",
  MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN ('WON') THEN e."at" END) AS "wonReachedAt"
  FROM "Lead" l
  LEFT JOIN "Deal" d ON d."leadId" = l."id"
  LEFT JOIN "StageEvent" e ON e."dealId" = d."id"
  WHERE true
  GROUP BY l."id";

INSERT INTO "LeadProfileDay" ("teamId", "day", "attribute", "valueKey", "value", "leads", "wins", "reachedOffer", "daysToOfferMs")
  SELECT "teamId", "day", "attribute", "valueKey", MIN("value"), SUM("leads"), SUM("wins"),
  SUM("reachedOffer"), SUM("daysToOfferMs")
  FROM (
  SELECT f."teamId", ((f."createdAt") - (f."createdAt") % 86400000) AS "day",
  'industry' AS "attribute", COALESCE('=' || f."industry", '') AS "valueKey",
  f."industry" AS "value", 1 AS "leads", f."won" AS "wins",
  CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
  COALESCE(((f."firstOfferAt") - (f."createdAt")), 0)
  AS "daysToOfferMs"
  FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL
  SELECT f."teamId", ((f."createdAt") - (f."createdAt") % 86400000) AS "day",
  'segment' AS "attribute", COALESCE('=' || f."segment", '') AS "valueKey",
  f."segment" AS "value", 1 AS "leads", f."won" AS "wins",
  CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
  COALESCE(((f."firstOfferAt") - (f."createdAt")), 0)
  AS "daysToOfferMs"
  FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL
  SELECT f."teamId", ((f."createdAt") - (f."createdAt") % 86400000) AS "day",
  'companySize' AS "attribute", COALESCE('=' || f."companySize", '') AS "valueKey",
  f."companySize" AS "value", 1 AS "leads", f."won" AS "wins",
  CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
  COALESCE(((f."firstOfferAt") - (f."createdAt")), 0)
  AS "daysToOfferMs"
  FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL
  SELECT f."teamId", ((f."createdAt") - (f."createdAt") % 86400000) AS "day",
  'country' AS "attribute", COALESCE('=' || f."country", '') AS "valueKey",
  f."country" AS "value", 1 AS "leads", f."won" AS "wins",
  CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
  COALESCE(((f."firstOfferAt") - (f."createdAt")), 0)
  AS "daysToOfferMs"
  FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL
  SELECT f."teamId", ((f."createdAt") - (f."createdAt") % 86400000) AS "day",
  'source' AS "attribute", COALESCE('=' || f."source", '') AS "valueKey",
  f."source" AS "value", 1 AS "leads", f."won" AS "wins",
  CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
  COALESCE(((f."firstOfferAt") - (f."createdAt")), 0)
  AS "daysToOfferMs"
  FROM (SELECT * FROM "LeadFact" WHERE true) f UNION ALL
  SELECT f."teamId", ((f."createdAt") - (f."createdAt") % 86400000) AS "day",
  'product' AS "attribute", COALESCE('=' || f."product", '') AS "valueKey",
  f."product" AS "value", 1 AS "leads", f."won" AS "wins",
  CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
  COALESCE(((f."firstOfferAt") - (f."createdAt")), 0)
  AS "daysToOfferMs"
  FROM (SELECT * FROM "LeadFact" WHERE true) f) AS "shares" WHERE true
  GROUP BY "teamId", "day", "attribute", "valueKey";
