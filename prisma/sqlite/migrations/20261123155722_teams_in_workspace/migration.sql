-- CreateTable
CREATE TABLE "TeamChannel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "slackTeamId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "boundById" TEXT NOT NULL,
    "boundAt" DATETIME NOT NULL,
    CONSTRAINT "TeamChannel_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "defaultKey" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slackTeamId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "name" TEXT NOT NULL DEFAULT 'main',
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "staleDealDays" INTEGER NOT NULL DEFAULT 14,
    "leadCounter" INTEGER NOT NULL DEFAULT 0,
    "dealCounter" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Team" ("createdAt", "currency", "dealCounter", "enterpriseId", "id", "leadCounter", "locale", "name", "slackTeamId", "staleDealDays", "timezone") SELECT "createdAt", "currency", "dealCounter", "enterpriseId", "id", "leadCounter", "locale", "name", "slackTeamId", "staleDealDays", "timezone" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
CREATE UNIQUE INDEX "Team_slackTeamId_name_key" ON "Team"("slackTeamId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TeamChannel_teamId_idx" ON "TeamChannel"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamChannel_slackTeamId_channelId_key" ON "TeamChannel"("slackTeamId", "channelId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_defaultKey_key" ON "TeamMember"("defaultKey");

-- CreateIndex
CREATE INDEX "TeamMember_teamId_role_idx" ON "TeamMember"("teamId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_teamId_userId_key" ON "TeamMember"("teamId", "userId");

-- Existing workspaces have one unnamed team: it becomes their default team, "main".
UPDATE "Team" SET "name" = 'main' WHERE "name" = '';
