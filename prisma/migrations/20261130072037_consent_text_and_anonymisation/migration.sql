
-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "consentText" TEXT NOT NULL DEFAULT '';

