-- CreateIndex
CREATE INDEX "Feedback_teamId_createdAt_idx" ON "Feedback"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_teamId_qualifiedAt_idx" ON "Lead"("teamId", "qualifiedAt");
