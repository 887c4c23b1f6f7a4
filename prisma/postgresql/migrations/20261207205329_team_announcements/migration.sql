-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "announceOutcomes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "announceQualified" BOOLEAN NOT NULL DEFAULT false;
