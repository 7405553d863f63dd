-- CreateEnum
CREATE TYPE "Dimension" AS ENUM ('practical', 'personal', 'possible');

-- CreateEnum
CREATE TYPE "WaveStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateTable
CREATE TABLE "Instrument" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstrumentItem" (
    "id" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "dimension" "Dimension" NOT NULL,
    "theme" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "reversed" BOOLEAN NOT NULL,

    CONSTRAINT "InstrumentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Wave" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "WaveStatus" NOT NULL DEFAULT 'draft',
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "k" INTEGER NOT NULL DEFAULT 5,
    "commentK" INTEGER NOT NULL DEFAULT 10,
    "sharedTokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Wave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaveInvitation" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "department" TEXT,
    "role" TEXT,
    "level" TEXT,
    "submitted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "WaveInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveySession" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitationId" TEXT,
    "department" TEXT,
    "role" TEXT,
    "level" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "comments" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveySession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "department" TEXT,
    "role" TEXT,
    "level" TEXT,
    "comments" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "responseId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" SMALLINT,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("responseId","itemId")
);

-- CreateIndex
CREATE INDEX "Instrument_organisationId_idx" ON "Instrument"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "InstrumentItem_instrumentId_key_key" ON "InstrumentItem"("instrumentId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Wave_sharedTokenHash_key" ON "Wave"("sharedTokenHash");

-- CreateIndex
CREATE INDEX "Wave_organisationId_idx" ON "Wave"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "WaveInvitation_tokenHash_key" ON "WaveInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "WaveInvitation_waveId_department_idx" ON "WaveInvitation"("waveId", "department");

-- CreateIndex
CREATE UNIQUE INDEX "SurveySession_tokenHash_key" ON "SurveySession"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "SurveySession_invitationId_key" ON "SurveySession"("invitationId");

-- CreateIndex
CREATE INDEX "Response_waveId_department_idx" ON "Response"("waveId", "department");

-- CreateIndex
CREATE INDEX "Answer_itemId_idx" ON "Answer"("itemId");

-- AddForeignKey
ALTER TABLE "Instrument" ADD CONSTRAINT "Instrument_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentItem" ADD CONSTRAINT "InstrumentItem_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wave" ADD CONSTRAINT "Wave_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wave" ADD CONSTRAINT "Wave_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveInvitation" ADD CONSTRAINT "WaveInvitation_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveySession" ADD CONSTRAINT "SurveySession_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveySession" ADD CONSTRAINT "SurveySession_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "WaveInvitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "InstrumentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
