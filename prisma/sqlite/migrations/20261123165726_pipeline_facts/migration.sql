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
CREATE INDEX "DealFact_teamId_companyKey_stage_closedAt_idx" ON "DealFact"("teamId", "companyKey", "stage", "closedAt");

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
