-- CreateEnum
CREATE TYPE "WorkshopStatus" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "WorkshopMoment" AS ENUM ('best', 'worst');

-- CreateEnum
CREATE TYPE "WeCreateIt" AS ENUM ('yes', 'sometimes', 'no', 'not_sure');

-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "WorkshopStatus" NOT NULL DEFAULT 'open',
    "tokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopEntry" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "moment" "WorkshopMoment" NOT NULL,
    "story" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "weCreateIt" "WeCreateIt" NOT NULL,
    "storyKey" TEXT,

    CONSTRAINT "WorkshopEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_tokenHash_key" ON "Workshop"("tokenHash");

-- CreateIndex
CREATE INDEX "Workshop_organisationId_idx" ON "Workshop"("organisationId");

-- CreateIndex
CREATE INDEX "WorkshopEntry_workshopId_idx" ON "WorkshopEntry"("workshopId");

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopEntry" ADD CONSTRAINT "WorkshopEntry_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
