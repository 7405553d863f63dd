-- CreateTable
CREATE TABLE "StoryClip" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "durationSeconds" DOUBLE PRECISION,
    "captions" TEXT,
    "transcript" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryClip_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoryClip_storyId_key" ON "StoryClip"("storyId");

-- CreateIndex
CREATE UNIQUE INDEX "StoryClip_storageKey_key" ON "StoryClip"("storageKey");

-- CreateIndex
CREATE INDEX "StoryClip_organisationId_idx" ON "StoryClip"("organisationId");

-- AddForeignKey
ALTER TABLE "StoryClip" ADD CONSTRAINT "StoryClip_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
