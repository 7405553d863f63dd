-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN     "lineageId" TEXT;
-- Existing instruments each start their own lineage, named after themselves.
UPDATE "Instrument" SET "lineageId" = "id";
ALTER TABLE "Instrument" ALTER COLUMN "lineageId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Wave" ADD COLUMN     "audienceDepartments" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "audienceRoles" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_lineageId_version_key" ON "Instrument"("lineageId", "version");
