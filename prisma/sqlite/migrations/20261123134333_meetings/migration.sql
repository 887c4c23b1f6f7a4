-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "digestRunId" TEXT,
    "heldAt" DATETIME,
    "heldById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Meeting_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_digestRunId_fkey" FOREIGN KEY ("digestRunId") REFERENCES "DigestRun" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kpi" TEXT,
    "clientKey" TEXT,
    "clientName" TEXT,
    "authorId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "MeetingNote_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingNote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "dealId" TEXT,
    "leadId" TEXT,
    "channel" TEXT,
    "state" TEXT NOT NULL DEFAULT 'open',
    "snoozedUntil" DATETIME,
    "doneAt" DATETIME,
    "doneById" TEXT,
    "lastRemindedOn" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "dmChannelId" TEXT,
    "dmTs" TEXT,
    CONSTRAINT "ActionItem_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_digestRunId_key" ON "Meeting"("digestRunId");

-- CreateIndex
CREATE INDEX "Meeting_teamId_periodEnd_idx" ON "Meeting"("teamId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_teamId_periodStart_periodEnd_key" ON "Meeting"("teamId", "periodStart", "periodEnd");

-- CreateIndex
CREATE INDEX "MeetingNote_meetingId_kind_at_idx" ON "MeetingNote"("meetingId", "kind", "at");

-- CreateIndex
CREATE INDEX "ActionItem_teamId_state_dueDate_idx" ON "ActionItem"("teamId", "state", "dueDate");

-- CreateIndex
CREATE INDEX "ActionItem_teamId_ownerId_state_idx" ON "ActionItem"("teamId", "ownerId", "state");

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_idx" ON "ActionItem"("meetingId");
