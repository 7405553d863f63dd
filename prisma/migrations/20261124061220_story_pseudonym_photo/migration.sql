-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "photo" TEXT,
ADD COLUMN     "pseudonym" BOOLEAN NOT NULL DEFAULT false;
