
-- CreateTable
CREATE TABLE "EventLogo" (
    "eventId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventLogo_pkey" PRIMARY KEY ("eventId")
);

-- AddForeignKey
ALTER TABLE "EventLogo" ADD CONSTRAINT "EventLogo_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

