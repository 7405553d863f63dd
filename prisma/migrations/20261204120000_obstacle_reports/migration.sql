-- CreateEnum
CREATE TYPE "ObstacleKind" AS ENUM ('process', 'form', 'system', 'measure');

-- CreateEnum
CREATE TYPE "ObstacleStatus" AS ENUM ('open', 'accepted', 'merged', 'declined');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "obstacleLinkHash" TEXT,
ADD COLUMN     "obstacleLinkSeed" TEXT;

-- CreateTable
CREATE TABLE "ObstacleReport" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "ObstacleKind" NOT NULL,
    "title" TEXT NOT NULL,
    "effect" TEXT NOT NULL,
    "stageId" TEXT,
    "departmentId" TEXT,
    "reportedWeek" DATE NOT NULL,
    "reporterId" TEXT,
    "receiptHash" TEXT,
    "status" "ObstacleStatus" NOT NULL DEFAULT 'open',
    "answer" TEXT,
    "outcome" TEXT,
    "mergedIntoId" TEXT,

    CONSTRAINT "ObstacleReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ObstacleReport_receiptHash_key" ON "ObstacleReport"("receiptHash");

-- CreateIndex
CREATE INDEX "ObstacleReport_organisationId_status_idx" ON "ObstacleReport"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_obstacleLinkHash_key" ON "Organisation"("obstacleLinkHash");

-- AddForeignKey
ALTER TABLE "ObstacleReport" ADD CONSTRAINT "ObstacleReport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObstacleReport" ADD CONSTRAINT "ObstacleReport_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObstacleReport" ADD CONSTRAINT "ObstacleReport_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObstacleReport" ADD CONSTRAINT "ObstacleReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObstacleReport" ADD CONSTRAINT "ObstacleReport_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "ObstacleReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;
