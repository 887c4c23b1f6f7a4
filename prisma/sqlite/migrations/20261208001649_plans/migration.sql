-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "figure" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT '',
    "value" REAL NOT NULL,
    "setById" TEXT NOT NULL,
    "appliesFrom" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Plan_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Plan_teamId_figure_channel_appliesFrom_idx" ON "Plan"("teamId", "figure", "channel", "appliesFrom");
