-- CreateTable
CREATE TABLE "CommandInbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slackTeamId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "userId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "command" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "responseUrl" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "leaseUntil" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "doneAt" DATETIME,
    "outcome" TEXT,
    "answeredAt" DATETIME
);

-- CreateIndex
CREATE INDEX "CommandInbox_answeredAt_leaseUntil_idx" ON "CommandInbox"("answeredAt", "leaseUntil");
