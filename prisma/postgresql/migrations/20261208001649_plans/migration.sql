-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "figure" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT '',
    "value" DOUBLE PRECISION NOT NULL,
    "setById" TEXT NOT NULL,
    "appliesFrom" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Plan_teamId_figure_channel_appliesFrom_idx" ON "Plan"("teamId", "figure", "channel", "appliesFrom");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
