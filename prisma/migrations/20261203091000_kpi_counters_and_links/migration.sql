-- CreateEnum
CREATE TYPE "KpiLinkEffect" AS ENUM ('reinforces', 'trades_off');

-- CreateTable
CREATE TABLE "KpiCounter" (
    "kpiId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,

    CONSTRAINT "KpiCounter_pkey" PRIMARY KEY ("kpiId","counterId")
);

-- CreateTable
CREATE TABLE "KpiLink" (
    "organisationId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "effect" "KpiLinkEffect" NOT NULL,

    CONSTRAINT "KpiLink_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateIndex
CREATE INDEX "KpiCounter_counterId_idx" ON "KpiCounter"("counterId");

-- CreateIndex
CREATE INDEX "KpiLink_organisationId_idx" ON "KpiLink"("organisationId");

-- CreateIndex
CREATE INDEX "KpiLink_toId_idx" ON "KpiLink"("toId");

-- AddForeignKey
ALTER TABLE "KpiCounter" ADD CONSTRAINT "KpiCounter_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiCounter" ADD CONSTRAINT "KpiCounter_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiLink" ADD CONSTRAINT "KpiLink_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiLink" ADD CONSTRAINT "KpiLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiLink" ADD CONSTRAINT "KpiLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;
