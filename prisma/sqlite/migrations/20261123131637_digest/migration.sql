-- CreateTable
CREATE TABLE "DigestSchedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL DEFAULT 1,
    "time" TEXT NOT NULL DEFAULT '09:00',
    "timeZone" TEXT NOT NULL,
    "cadenceWeeks" INTEGER NOT NULL DEFAULT 2,
    "anchorDate" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DigestSchedule_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME,
    "claimedAt" DATETIME NOT NULL,
    "channelId" TEXT NOT NULL,
    "ts" TEXT,
    "permalink" TEXT,
    "message" TEXT,
    "snapshot" TEXT,
    "postedAt" DATETIME,
    "amendedAt" DATETIME,
    "requestedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DigestRun_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DigestReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "userId" TEXT NOT NULL,
    "items" INTEGER NOT NULL,
    "sentAt" DATETIME NOT NULL,
    CONSTRAINT "DigestReminder_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DigestSchedule_teamId_key" ON "DigestSchedule"("teamId");

-- CreateIndex
CREATE INDEX "DigestRun_status_nextAttemptAt_idx" ON "DigestRun"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_teamId_periodStart_periodEnd_key" ON "DigestRun"("teamId", "periodStart", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "DigestReminder_teamId_periodEnd_userId_key" ON "DigestReminder"("teamId", "periodEnd", "userId");
