-- Anonymous obstacle reports wait here, sealed and with no time finer than their week, until they join the
-- triage list in shuffled batches written by another transaction once their week is over (DESIGN §4.1.1).
-- CreateTable
CREATE TABLE "ObstacleBallot" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sealed" BYTEA NOT NULL,
    "waitingHash" TEXT NOT NULL,
    "week" DATE NOT NULL,

    CONSTRAINT "ObstacleBallot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ObstacleBallot_waitingHash_key" ON "ObstacleBallot"("waitingHash");

-- CreateIndex
CREATE INDEX "ObstacleBallot_organisationId_week_idx" ON "ObstacleBallot"("organisationId", "week");

-- AddForeignKey
ALTER TABLE "ObstacleBallot" ADD CONSTRAINT "ObstacleBallot_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
