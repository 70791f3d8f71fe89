
-- CreateEnum
CREATE TYPE "MandateKind" AS ENUM ('upload', 'confirmation');

-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN     "isSubstitute" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "VotingRegisterEntry" ADD COLUMN     "delegateRole" TEXT NOT NULL DEFAULT 'ombud',
ADD COLUMN     "mandate" TEXT NOT NULL DEFAULT 'missing';

-- CreateTable
CREATE TABLE "Mandate" (
    "eventId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" "MandateKind" NOT NULL,
    "ombudId" UUID,
    "ombudName" TEXT NOT NULL,
    "substituteId" UUID,
    "substituteName" TEXT,
    "fileName" TEXT,
    "data" BYTEA,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Mandate_pkey" PRIMARY KEY ("eventId","organisationId")
);

-- CreateTable
CREATE TABLE "MandateRequest" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MandateRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MandateRequest_tokenHash_key" ON "MandateRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "MandateRequest_eventId_organisationId_idx" ON "MandateRequest"("eventId", "organisationId");

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MandateRequest" ADD CONSTRAINT "MandateRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MandateRequest" ADD CONSTRAINT "MandateRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One substitute per member at a meeting, and never the ombud too
CREATE UNIQUE INDEX "Attendee_one_substitute" ON "Attendee"("eventId", "organisationId")
  WHERE "isSubstitute" AND "status" = 'active';
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_substitute_not_ombud"
  CHECK (NOT ("isSubstitute" AND "isVotingDelegate"));
ALTER TABLE "VotingRegisterEntry" ADD CONSTRAINT "VotingRegisterEntry_delegateRole_check"
  CHECK ("delegateRole" IN ('ombud', 'substitute'));
ALTER TABLE "VotingRegisterEntry" ADD CONSTRAINT "VotingRegisterEntry_mandate_check"
  CHECK ("mandate" IN ('upload', 'confirmation', 'missing'));
-- An uploaded mandate carries its file, a confirmation none
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_file_matches_kind"
  CHECK (("kind" = 'upload') = ("data" IS NOT NULL AND "fileName" IS NOT NULL));
