-- CreateTable
CREATE TABLE "KpiReading" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "target" DOUBLE PRECISION,
    "departmentId" TEXT,

    CONSTRAINT "KpiReading_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KpiReading_organisationId_idx" ON "KpiReading"("organisationId");

-- CreateIndex
CREATE INDEX "KpiReading_departmentId_idx" ON "KpiReading"("departmentId");

-- CreateIndex: a reading without a department is one value per KPI and month too (NULLS NOT DISTINCT).
CREATE UNIQUE INDEX "KpiReading_kpiId_period_departmentId_key" ON "KpiReading"("kpiId", "period", "departmentId") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "KpiReading" ADD CONSTRAINT "KpiReading_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiReading" ADD CONSTRAINT "KpiReading_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiReading" ADD CONSTRAINT "KpiReading_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
