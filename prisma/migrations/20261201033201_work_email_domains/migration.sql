-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "workEmailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];
