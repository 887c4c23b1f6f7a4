-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "externalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Deal_teamId_externalId_key" ON "Deal"("teamId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_teamId_externalId_key" ON "Lead"("teamId", "externalId");
