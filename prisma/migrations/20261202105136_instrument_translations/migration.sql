-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "InstrumentItem" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';
