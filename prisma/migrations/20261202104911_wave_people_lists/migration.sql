-- CreateEnum
CREATE TYPE "RecipientSendState" AS ENUM ('listed', 'queued', 'claimed', 'sending', 'sent', 'failed', 'uncertain');

-- CreateEnum
CREATE TYPE "WaveMailKind" AS ENUM ('invitation', 'reminder');

-- CreateTable
CREATE TABLE "WaveRecipient" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "department" TEXT,
    "role" TEXT,
    "level" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "sendState" "RecipientSendState" NOT NULL DEFAULT 'listed',
    "sendError" TEXT,
    "claimedAt" TIMESTAMP(3),
    "invitationId" TEXT,

    CONSTRAINT "WaveRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaveMailText" (
    "waveId" TEXT NOT NULL,
    "kind" "WaveMailKind" NOT NULL,
    "language" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "WaveMailText_pkey" PRIMARY KEY ("waveId","kind","language")
);

-- CreateTable
CREATE TABLE "MailUnsubscribe" (
    "organisationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "MailUnsubscribe_pkey" PRIMARY KEY ("organisationId","email")
);

-- CreateIndex
CREATE UNIQUE INDEX "WaveRecipient_invitationId_key" ON "WaveRecipient"("invitationId");

-- CreateIndex
CREATE INDEX "WaveRecipient_sendState_waveId_idx" ON "WaveRecipient"("sendState", "waveId");

-- CreateIndex
CREATE UNIQUE INDEX "WaveRecipient_waveId_email_key" ON "WaveRecipient"("waveId", "email");

-- AddForeignKey
ALTER TABLE "WaveRecipient" ADD CONSTRAINT "WaveRecipient_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveRecipient" ADD CONSTRAINT "WaveRecipient_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "WaveInvitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveMailText" ADD CONSTRAINT "WaveMailText_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailUnsubscribe" ADD CONSTRAINT "MailUnsubscribe_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
