-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "leadId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "valueMinor" BIGINT,
    "currency" TEXT NOT NULL,
    "discountPct" REAL,
    "expectedCloseDate" DATETIME,
    "problems" TEXT,
    "desiredOutcomes" TEXT,
    "offerRequestedAt" DATETIME,
    "offerSentAt" DATETIME,
    "negotiationRounds" INTEGER NOT NULL DEFAULT 0,
    "negotiationNotes" TEXT,
    "lostReason" TEXT,
    "lostReasonText" TEXT,
    "ownerId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "stageEnteredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "externalId" TEXT,
    CONSTRAINT "Deal_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deal_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Deal" ("closedAt", "createdAt", "createdById", "currency", "desiredOutcomes", "discountPct", "expectedCloseDate", "externalId", "id", "leadId", "lostReason", "lostReasonText", "negotiationNotes", "negotiationRounds", "number", "offerRequestedAt", "offerSentAt", "ownerId", "problems", "stage", "stageEnteredAt", "teamId", "updatedAt", "valueMinor", "version") SELECT "closedAt", "createdAt", "createdById", "currency", "desiredOutcomes", "discountPct", "expectedCloseDate", "externalId", "id", "leadId", "lostReason", "lostReasonText", "negotiationNotes", "negotiationRounds", "number", "offerRequestedAt", "offerSentAt", "ownerId", "problems", "stage", "stageEnteredAt", "teamId", "updatedAt", "valueMinor", "version" FROM "Deal";
DROP TABLE "Deal";
ALTER TABLE "new_Deal" RENAME TO "Deal";
CREATE INDEX "Deal_teamId_stage_idx" ON "Deal"("teamId", "stage");
CREATE INDEX "Deal_leadId_idx" ON "Deal"("leadId");
CREATE UNIQUE INDEX "Deal_teamId_number_key" ON "Deal"("teamId", "number");
CREATE UNIQUE INDEX "Deal_teamId_externalId_key" ON "Deal"("teamId", "externalId");
CREATE TABLE "new_DealFact" (
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
    "firstOfferValueMinor" BIGINT,
    "firstOfferCurrency" TEXT,
    "reachedOffer" INTEGER NOT NULL,
    "negotiated" INTEGER NOT NULL,
    "lastMovedAt" DATETIME,
    "closedAt" DATETIME,
    "closeValueMinor" BIGINT,
    "closeCurrency" TEXT,
    "closeDiscountPct" REAL,
    "previousClientWinAt" DATETIME,
    CONSTRAINT "DealFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DealFact" ("closeCurrency", "closeDiscountPct", "closeValueMinor", "closedAt", "companyKey", "dealId", "discoveryEntries", "firstDiscoveryAt", "firstOfferAt", "firstOfferCurrency", "firstOfferValueMinor", "lastDiscoveryAt", "lastMovedAt", "leadCreatedAt", "leadId", "lostReason", "negotiated", "negotiationRounds", "ownerId", "previousClientWinAt", "product", "productKey", "reachedOffer", "source", "stage", "teamId") SELECT "closeCurrency", "closeDiscountPct", "closeValueMinor", "closedAt", "companyKey", "dealId", "discoveryEntries", "firstDiscoveryAt", "firstOfferAt", "firstOfferCurrency", "firstOfferValueMinor", "lastDiscoveryAt", "lastMovedAt", "leadCreatedAt", "leadId", "lostReason", "negotiated", "negotiationRounds", "ownerId", "previousClientWinAt", "product", "productKey", "reachedOffer", "source", "stage", "teamId" FROM "DealFact";
DROP TABLE "DealFact";
ALTER TABLE "new_DealFact" RENAME TO "DealFact";
CREATE INDEX "DealFact_closing_idx" ON "DealFact"("teamId", "closedAt", "stage", "closeValueMinor", "closeCurrency", "closeDiscountPct", "leadCreatedAt", "negotiationRounds", "negotiated", "reachedOffer", "firstOfferValueMinor", "firstOfferCurrency", "previousClientWinAt", "ownerId", "source", "product", "lostReason");
CREATE INDEX "DealFact_offer_idx" ON "DealFact"("teamId", "firstOfferAt", "firstOfferValueMinor", "firstOfferCurrency", "firstDiscoveryAt", "ownerId");
CREATE INDEX "DealFact_discovery_idx" ON "DealFact"("teamId", "lastDiscoveryAt", "firstDiscoveryAt", "discoveryEntries", "ownerId", "dealId");
CREATE INDEX "DealFact_teamId_companyKey_stage_closedAt_idx" ON "DealFact"("teamId", "companyKey", "stage", "closedAt");
CREATE INDEX "DealFact_teamId_productKey_lastMovedAt_idx" ON "DealFact"("teamId", "productKey", "lastMovedAt");
CREATE INDEX "DealFact_leadId_idx" ON "DealFact"("leadId");
CREATE TABLE "new_Spend" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Spend_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Spend" ("amountMinor", "channel", "createdAt", "createdById", "currency", "id", "note", "periodEnd", "periodStart", "teamId") SELECT "amountMinor", "channel", "createdAt", "createdById", "currency", "id", "note", "periodEnd", "periodStart", "teamId" FROM "Spend";
DROP TABLE "Spend";
ALTER TABLE "new_Spend" RENAME TO "Spend";
CREATE INDEX "Spend_teamId_periodStart_periodEnd_idx" ON "Spend"("teamId", "periodStart", "periodEnd");
CREATE TABLE "new_StageEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "fromStage" TEXT,
    "toStage" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "skipped" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byUserId" TEXT NOT NULL,
    "valueMinor" BIGINT,
    "currency" TEXT,
    "discountPct" REAL,
    "reason" TEXT,
    CONSTRAINT "StageEvent_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StageEvent_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StageEvent" ("at", "byUserId", "currency", "dealId", "discountPct", "fromStage", "id", "kind", "reason", "skipped", "teamId", "toStage", "valueMinor") SELECT "at", "byUserId", "currency", "dealId", "discountPct", "fromStage", "id", "kind", "reason", "skipped", "teamId", "toStage", "valueMinor" FROM "StageEvent";
DROP TABLE "StageEvent";
ALTER TABLE "new_StageEvent" RENAME TO "StageEvent";
CREATE INDEX "StageEvent_teamId_toStage_at_kind_dealId_idx" ON "StageEvent"("teamId", "toStage", "at", "kind", "dealId");
CREATE INDEX "StageEvent_dealId_at_idx" ON "StageEvent"("dealId", "at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
