
-- CreateTable
CREATE TABLE "RegistrationDraft" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "data" JSONB NOT NULL DEFAULT '{}',
    "registrationId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RegistrationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationDraft_registrationId_key" ON "RegistrationDraft"("registrationId");

-- CreateIndex
CREATE INDEX "RegistrationDraft_eventId_createdAt_idx" ON "RegistrationDraft"("eventId", "createdAt");

-- AddForeignKey
ALTER TABLE "RegistrationDraft" ADD CONSTRAINT "RegistrationDraft_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationDraft" ADD CONSTRAINT "RegistrationDraft_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;


ALTER TABLE "RateLimit" ADD CONSTRAINT "RateLimit_count_check" CHECK ("count" >= 0);
