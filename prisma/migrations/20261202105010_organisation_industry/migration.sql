-- CreateEnum
CREATE TYPE "Industry" AS ENUM ('insurance', 'telecom', 'utilities', 'retail', 'public_service', 'software', 'general');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "industry" "Industry" NOT NULL DEFAULT 'general';
