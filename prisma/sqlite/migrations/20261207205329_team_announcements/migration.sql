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
    "announceOutcomes" BOOLEAN NOT NULL DEFAULT false,
    "announceQualified" BOOLEAN NOT NULL DEFAULT false,
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
