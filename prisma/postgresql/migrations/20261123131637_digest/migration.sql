-- CreateTable
CREATE TABLE "DigestSchedule" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL DEFAULT 1,
    "time" TEXT NOT NULL DEFAULT '09:00',
    "timeZone" TEXT NOT NULL,
    "cadenceWeeks" INTEGER NOT NULL DEFAULT 2,
    "anchorDate" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DigestSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3),
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "channelId" TEXT NOT NULL,
    "ts" TEXT,
    "permalink" TEXT,
    "message" TEXT,
    "snapshot" TEXT,
    "postedAt" TIMESTAMP(3),
    "amendedAt" TIMESTAMP(3),
    "requestedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestReminder" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "userId" TEXT NOT NULL,
    "items" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DigestReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DigestSchedule_teamId_key" ON "DigestSchedule"("teamId");

-- CreateIndex
CREATE INDEX "DigestRun_status_nextAttemptAt_idx" ON "DigestRun"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_teamId_periodStart_periodEnd_key" ON "DigestRun"("teamId", "periodStart", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "DigestReminder_teamId_periodEnd_userId_key" ON "DigestReminder"("teamId", "periodEnd", "userId");

-- AddForeignKey
ALTER TABLE "DigestSchedule" ADD CONSTRAINT "DigestSchedule_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestRun" ADD CONSTRAINT "DigestRun_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestReminder" ADD CONSTRAINT "DigestReminder_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
