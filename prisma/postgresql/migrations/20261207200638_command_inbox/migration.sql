-- CreateTable
CREATE TABLE "CommandInbox" (
    "id" TEXT NOT NULL,
    "slackTeamId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "userId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "command" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "responseUrl" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "doneAt" TIMESTAMP(3),
    "outcome" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CommandInbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommandInbox_answeredAt_leaseUntil_idx" ON "CommandInbox"("answeredAt", "leaseUntil");
