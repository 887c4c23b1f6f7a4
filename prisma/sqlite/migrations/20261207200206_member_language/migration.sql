-- AlterTable
ALTER TABLE "TeamMember" ADD COLUMN "language" TEXT;
