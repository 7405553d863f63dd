-- AlterTable
ALTER TABLE "InstrumentItem" ADD COLUMN     "themeTranslations" JSONB NOT NULL DEFAULT '{}';
