-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slackTeamId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "name" TEXT NOT NULL DEFAULT '',
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "staleDealDays" INTEGER NOT NULL DEFAULT 14,
    "leadCounter" INTEGER NOT NULL DEFAULT 0,
    "dealCounter" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "TeamOption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "TeamOption_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Lead" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "company" TEXT NOT NULL,
    "companyKey" TEXT NOT NULL,
    "contactName" TEXT,
    "email" TEXT,
    "source" TEXT,
    "campaign" TEXT,
    "industry" TEXT,
    "segment" TEXT,
    "companySize" TEXT,
    "country" TEXT,
    "heardFrom" TEXT,
    "promptedBy" TEXT,
    "product" TEXT,
    "note" TEXT,
    "ownerId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "statusReason" TEXT,
    "statusChangedAt" DATETIME,
    "qualifiedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Lead_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "leadId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "valueMinor" INTEGER,
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
    CONSTRAINT "Deal_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deal_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StageEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "fromStage" TEXT,
    "toStage" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "skipped" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byUserId" TEXT NOT NULL,
    "valueMinor" INTEGER,
    "currency" TEXT,
    "discountPct" REAL,
    "reason" TEXT,
    CONSTRAINT "StageEvent_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StageEvent_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Spend" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Spend_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "leadId" TEXT,
    "dealId" TEXT,
    "product" TEXT,
    "sentiment" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "messageAuthorId" TEXT,
    "permalink" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Feedback_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Feedback_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IcpVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "sections" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IcpVersion_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IcpNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "discussedAt" DATETIME,
    CONSTRAINT "IcpNote_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Draft_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Change" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "beforeJson" TEXT,
    "afterJson" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME,
    CONSTRAINT "Change_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_slackTeamId_key" ON "Team"("slackTeamId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamOption_teamId_kind_key_key" ON "TeamOption"("teamId", "kind", "key");

-- CreateIndex
CREATE INDEX "Lead_teamId_companyKey_idx" ON "Lead"("teamId", "companyKey");

-- CreateIndex
CREATE INDEX "Lead_teamId_email_idx" ON "Lead"("teamId", "email");

-- CreateIndex
CREATE INDEX "Lead_teamId_createdAt_idx" ON "Lead"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_teamId_source_createdAt_idx" ON "Lead"("teamId", "source", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_teamId_number_key" ON "Lead"("teamId", "number");

-- CreateIndex
CREATE INDEX "Deal_teamId_stage_idx" ON "Deal"("teamId", "stage");

-- CreateIndex
CREATE INDEX "Deal_leadId_idx" ON "Deal"("leadId");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_teamId_number_key" ON "Deal"("teamId", "number");

-- CreateIndex
CREATE INDEX "StageEvent_teamId_toStage_at_idx" ON "StageEvent"("teamId", "toStage", "at");

-- CreateIndex
CREATE INDEX "StageEvent_dealId_at_idx" ON "StageEvent"("dealId", "at");

-- CreateIndex
CREATE INDEX "Spend_teamId_periodStart_periodEnd_idx" ON "Spend"("teamId", "periodStart", "periodEnd");

-- CreateIndex
CREATE INDEX "Feedback_teamId_kind_createdAt_idx" ON "Feedback"("teamId", "kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_teamId_number_key" ON "Feedback"("teamId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "IcpVersion_teamId_version_key" ON "IcpVersion"("teamId", "version");

-- CreateIndex
CREATE INDEX "IcpNote_teamId_createdAt_idx" ON "IcpNote"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "Change_entityType_entityId_createdAt_idx" ON "Change"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Change_teamId_createdAt_idx" ON "Change"("teamId", "createdAt");
