
-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('notice', 'agenda', 'annual_report', 'accounts', 'motion', 'nomination', 'other');

-- CreateEnum
CREATE TYPE "DocumentVisibility" AS ENUM ('public', 'delegates');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "noticeSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "noticeWeeksBefore" INTEGER NOT NULL DEFAULT 4;

-- CreateTable
CREATE TABLE "MeetingDocument" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "titleSv" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "visibility" "DocumentVisibility" NOT NULL DEFAULT 'public',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingDocument_eventId_publishedAt_idx" ON "MeetingDocument"("eventId", "publishedAt");

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The notice goes between a week and half a year before the meeting
ALTER TABLE "Event" ADD CONSTRAINT "Event_noticeWeeksBefore_range" CHECK ("noticeWeeksBefore" BETWEEN 1 AND 26);
