-- Private links issued after the first: every mail about a change carries the recipient's own
-- link, and only links' hashes are kept, so each mail gets a link of its own. Links issued at
-- registration stay in Registration/Attendee."manageTokenHash".
CREATE TABLE "ManageLink" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "registrationId" UUID NOT NULL,
    "attendeeId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManageLink_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ManageLink_tokenHash_key" ON "ManageLink"("tokenHash");
CREATE INDEX "ManageLink_registrationId_idx" ON "ManageLink"("registrationId");
CREATE INDEX "ManageLink_attendeeId_idx" ON "ManageLink"("attendeeId");

ALTER TABLE "ManageLink" ADD CONSTRAINT "ManageLink_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ManageLink" ADD CONSTRAINT "ManageLink_attendeeId_fkey" FOREIGN KEY ("attendeeId") REFERENCES "Attendee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
