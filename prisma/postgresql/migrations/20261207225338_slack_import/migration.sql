-- CreateTable
CREATE TABLE "SlackImport" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "messageTs" TEXT,
    "fileId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "options" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SlackImport_teamId_idx" ON "SlackImport"("teamId");

-- AddForeignKey
ALTER TABLE "SlackImport" ADD CONSTRAINT "SlackImport_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
