-- In-progress survey sessions lose what they saved: their answers are now sealed with a key only the
-- respondent's link can give, and the plain copies are dropped rather than kept readable.
-- CreateEnum
CREATE TYPE "SharedLinkMode" AS ENUM ('verified', 'open');

-- CreateEnum
CREATE TYPE "ResultsRelease" AS ENUM ('after_close', 'snapshots');

-- AlterTable
ALTER TABLE "SurveySession" DROP COLUMN "answers",
DROP COLUMN "comments",
DROP COLUMN "updatedAt",
ADD COLUMN     "sealed" BYTEA;

-- AlterTable
ALTER TABLE "Wave" ADD COLUMN     "resultsRelease" "ResultsRelease" NOT NULL DEFAULT 'after_close',
ADD COLUMN     "sharedLinkMode" "SharedLinkMode" NOT NULL DEFAULT 'verified';

-- AlterTable
ALTER TABLE "WaveInvitation" ADD COLUMN     "email" TEXT;

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "department" TEXT,
    "role" TEXT,
    "level" TEXT,
    "sealed" BYTEA,
    "sealedKey" BYTEA NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultsSnapshot" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "final" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "structure" JSONB NOT NULL,
    "atoms" JSONB NOT NULL,
    "plan" JSONB NOT NULL,

    CONSTRAINT "ResultsSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Ballot_waveId_idx" ON "Ballot"("waveId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultsSnapshot_waveId_seq_key" ON "ResultsSnapshot"("waveId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "WaveInvitation_waveId_email_key" ON "WaveInvitation"("waveId", "email");

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultsSnapshot" ADD CONSTRAINT "ResultsSnapshot_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;
