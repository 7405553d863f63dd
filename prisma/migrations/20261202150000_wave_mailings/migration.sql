-- AlterTable
ALTER TABLE "WaveRecipient" ADD COLUMN     "linkSealed" BYTEA;

-- CreateTable
CREATE TABLE "WaveMailing" (
    "waveId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "sendAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "queued" INTEGER,

    CONSTRAINT "WaveMailing_pkey" PRIMARY KEY ("waveId","number")
);

-- CreateTable
CREATE TABLE "ReminderMail" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "RecipientSendState" NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "claimedAt" TIMESTAMP(3),

    CONSTRAINT "ReminderMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WaveMailing_startedAt_sendAt_idx" ON "WaveMailing"("startedAt", "sendAt");

-- CreateIndex
CREATE INDEX "ReminderMail_state_idx" ON "ReminderMail"("state");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderMail_recipientId_number_key" ON "ReminderMail"("recipientId", "number");

-- AddForeignKey
ALTER TABLE "WaveMailing" ADD CONSTRAINT "WaveMailing_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderMail" ADD CONSTRAINT "ReminderMail_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "WaveRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;
