-- DropIndex
DROP INDEX "Feedback_teamId_createdAt_idx";

-- DropIndex
DROP INDEX "Lead_teamId_createdAt_idx";

-- DropIndex
DROP INDEX "Lead_teamId_qualifiedAt_idx";

-- DropIndex
DROP INDEX "StageEvent_teamId_toStage_at_idx";

-- CreateTable
CREATE TABLE "DealFact" (
    "dealId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "negotiationRounds" INTEGER NOT NULL,
    "lostReason" TEXT,
    "leadCreatedAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT,
    "product" TEXT,
    "productKey" TEXT,
    "companyKey" TEXT NOT NULL,
    "firstDiscoveryAt" TIMESTAMP(3),
    "firstOfferAt" TIMESTAMP(3),
    "firstOfferValueMinor" INTEGER,
    "firstOfferCurrency" TEXT,
    "reachedOffer" INTEGER NOT NULL,
    "negotiated" INTEGER NOT NULL,
    "lastMovedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closeValueMinor" INTEGER,
    "closeCurrency" TEXT,
    "closeDiscountPct" DOUBLE PRECISION,
    "previousClientWinAt" TIMESTAMP(3),

    CONSTRAINT "DealFact_pkey" PRIMARY KEY ("dealId")
);

-- CreateTable
CREATE TABLE "ClientFact" (
    "teamId" TEXT NOT NULL,
    "companyKey" TEXT NOT NULL,

    CONSTRAINT "ClientFact_pkey" PRIMARY KEY ("teamId","companyKey")
);

-- CreateTable
CREATE TABLE "LeadFact" (
    "leadId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "qualifiedAt" TIMESTAMP(3),
    "industry" TEXT,
    "segment" TEXT,
    "companySize" TEXT,
    "country" TEXT,
    "source" TEXT,
    "product" TEXT,
    "won" INTEGER NOT NULL,
    "firstOfferAt" TIMESTAMP(3),
    "qualifiedReachedAt" TIMESTAMP(3),
    "discoveryReachedAt" TIMESTAMP(3),
    "offerReachedAt" TIMESTAMP(3),
    "negotiationReachedAt" TIMESTAMP(3),
    "wonReachedAt" TIMESTAMP(3),

    CONSTRAINT "LeadFact_pkey" PRIMARY KEY ("leadId")
);

-- CreateTable
CREATE TABLE "LeadProfileDay" (
    "teamId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "attribute" TEXT NOT NULL,
    "valueKey" TEXT NOT NULL,
    "value" TEXT,
    "leads" INTEGER NOT NULL,
    "wins" INTEGER NOT NULL,
    "reachedOffer" INTEGER NOT NULL,
    "daysToOfferMs" BIGINT NOT NULL,

    CONSTRAINT "LeadProfileDay_pkey" PRIMARY KEY ("teamId","day","attribute","valueKey")
);

-- CreateTable
CREATE TABLE "StageDay" (
    "teamId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "toStage" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "StageDay_pkey" PRIMARY KEY ("teamId","toStage","day")
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

-- AddForeignKey
ALTER TABLE "DealFact" ADD CONSTRAINT "DealFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientFact" ADD CONSTRAINT "ClientFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadFact" ADD CONSTRAINT "LeadFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadProfileDay" ADD CONSTRAINT "LeadProfileDay_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageDay" ADD CONSTRAINT "StageDay_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
