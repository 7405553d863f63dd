-- CreateEnum
CREATE TYPE "FindingReviewState" AS ENUM ('acknowledged', 'dismissed');

-- CreateTable
CREATE TABLE "FindingReview" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "state" "FindingReviewState" NOT NULL,
    "reason" TEXT,
    "fingerprint" TEXT NOT NULL,
    "actorEmail" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FindingReview_organisationId_findingId_key" ON "FindingReview"("organisationId", "findingId");

-- AddForeignKey
ALTER TABLE "FindingReview" ADD CONSTRAINT "FindingReview_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
