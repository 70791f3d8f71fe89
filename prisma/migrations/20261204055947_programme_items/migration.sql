
-- CreateTable
CREATE TABLE "ProgrammeItem" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "titleSv" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "speakers" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ProgrammeItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammeItem_eventId_startsAt_idx" ON "ProgrammeItem"("eventId", "startsAt");

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A point ends after it starts (a rule Prisma cannot express).
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_ends_after_start" CHECK ("endsAt" IS NULL OR "endsAt" > "startsAt");
