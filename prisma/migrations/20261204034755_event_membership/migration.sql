
-- CreateTable
CREATE TABLE "EventMembership" (
    "eventId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "votes" INTEGER NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventMembership_pkey" PRIMARY KEY ("eventId","organisationId")
);

-- AddForeignKey
ALTER TABLE "EventMembership" ADD CONSTRAINT "EventMembership_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMembership" ADD CONSTRAINT "EventMembership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Meetings already published are held under the register as it stands now.
INSERT INTO "EventMembership" ("eventId", "organisationId", "name", "votes")
SELECT e."id", o."id", o."name", o."votes"
FROM "Event" e CROSS JOIN "Organisation" o
WHERE o."isMember" AND e."status" <> 'draft';
