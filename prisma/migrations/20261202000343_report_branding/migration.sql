-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "reportAccent" TEXT,
ADD COLUMN     "reportLogo" BYTEA,
ADD COLUMN     "reportLogoType" TEXT,
ADD COLUMN     "reportPreparedBy" TEXT;
