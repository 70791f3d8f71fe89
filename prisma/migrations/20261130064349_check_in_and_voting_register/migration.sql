
-- AlterTable
ALTER TABLE "Signup" ADD COLUMN     "checkedInAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "VotingRegister" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "fixedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fixedById" UUID,
    "fixedBy" TEXT NOT NULL,
    "reason" TEXT,
    "totalVotes" INTEGER NOT NULL,

    CONSTRAINT "VotingRegister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VotingRegisterEntry" (
    "id" UUID NOT NULL,
    "votingRegisterId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "organisationName" TEXT NOT NULL,
    "delegateName" TEXT NOT NULL,
    "votes" INTEGER NOT NULL,
    "checkedInAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VotingRegisterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VotingRegister_eventId_version_key" ON "VotingRegister"("eventId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "VotingRegisterEntry_votingRegisterId_position_key" ON "VotingRegisterEntry"("votingRegisterId", "position");

-- AddForeignKey
ALTER TABLE "VotingRegister" ADD CONSTRAINT "VotingRegister_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VotingRegisterEntry" ADD CONSTRAINT "VotingRegisterEntry_votingRegisterId_fkey" FOREIGN KEY ("votingRegisterId") REFERENCES "VotingRegister"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: rules the database enforces itself.
ALTER TABLE "VotingRegister" ADD CONSTRAINT "VotingRegister_version_check" CHECK ("version" >= 1);
ALTER TABLE "VotingRegister" ADD CONSTRAINT "VotingRegister_reason_check" CHECK ("version" = 1 OR length(btrim("reason")) > 0);
ALTER TABLE "VotingRegister" ADD CONSTRAINT "VotingRegister_totalVotes_check" CHECK ("totalVotes" >= 0);
ALTER TABLE "VotingRegisterEntry" ADD CONSTRAINT "VotingRegisterEntry_votes_check" CHECK ("votes" >= 0);
