-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('draft', 'open', 'closed', 'archived');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('programme', 'study_visit', 'dinner', 'annual_meeting');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('active', 'cancelled');

-- CreateEnum
CREATE TYPE "AttendeeStatus" AS ENUM ('active', 'cancelled');

-- CreateEnum
CREATE TYPE "SignupStatus" AS ENUM ('confirmed', 'waitlisted', 'cancelled');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "EventRoleName" AS ENUM ('admin', 'staff', 'viewer');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('sv', 'en');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('contact', 'attendee', 'staff', 'system');

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "nameSv" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "summarySv" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "descriptionSv" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "themes" JSONB NOT NULL DEFAULT '[]',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venueName" TEXT NOT NULL,
    "venueAddress" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "hostOrganisationId" UUID,
    "referencePrefix" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "registrationOpensAt" TIMESTAMPTZ(3) NOT NULL,
    "registrationClosesAt" TIMESTAMPTZ(3) NOT NULL,
    "changeDeadline" TIMESTAMPTZ(3) NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'draft',
    "retainUntil" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "isMember" BOOLEAN NOT NULL DEFAULT false,
    "votes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "nameSv" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionSv" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "placeSv" TEXT NOT NULL,
    "placeEn" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER,
    "waitlistEnabled" BOOLEAN NOT NULL DEFAULT false,
    "signupClosesAt" TIMESTAMPTZ(3),
    "membersOnly" BOOLEAN NOT NULL DEFAULT false,
    "servesMeal" BOOLEAN NOT NULL DEFAULT false,
    "questions" JSONB NOT NULL DEFAULT '[]',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'active',
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "manageTokenHash" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendee" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "status" "AttendeeStatus" NOT NULL DEFAULT 'active',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "title" TEXT NOT NULL,
    "dietChoices" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dietOther" TEXT NOT NULL DEFAULT '',
    "allergies" TEXT NOT NULL DEFAULT '',
    "accessibilityNeeds" TEXT NOT NULL DEFAULT '',
    "isVotingDelegate" BOOLEAN NOT NULL DEFAULT false,
    "listConsent" BOOLEAN NOT NULL DEFAULT false,
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "manageTokenHash" TEXT NOT NULL,
    "checkedInAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signup" (
    "id" UUID NOT NULL,
    "attendeeId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "status" "SignupStatus" NOT NULL,
    "queueNumber" INTEGER,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Signup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" UUID NOT NULL,
    "eventId" UUID,
    "recipient" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "template" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "eventId" UUID,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "EventRole" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "EventRoleName" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventRole_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Activity_eventId_sortOrder_idx" ON "Activity"("eventId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_eventId_key_key" ON "Activity"("eventId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_id_eventId_key" ON "Activity"("id", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_reference_key" ON "Registration"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_manageTokenHash_key" ON "Registration"("manageTokenHash");

-- CreateIndex
CREATE INDEX "Registration_eventId_organisationId_idx" ON "Registration"("eventId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_eventId_idempotencyKey_key" ON "Registration"("eventId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_id_eventId_organisationId_key" ON "Registration"("id", "eventId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendee_manageTokenHash_key" ON "Attendee"("manageTokenHash");

-- CreateIndex
CREATE INDEX "Attendee_registrationId_idx" ON "Attendee"("registrationId");

-- CreateIndex
CREATE INDEX "Attendee_eventId_name_idx" ON "Attendee"("eventId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Attendee_id_eventId_key" ON "Attendee"("id", "eventId");

-- CreateIndex
CREATE INDEX "Signup_activityId_status_queueNumber_idx" ON "Signup"("activityId", "status", "queueNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Signup_attendeeId_activityId_key" ON "Signup"("attendeeId", "activityId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_dedupeKey_key" ON "OutboxEmail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AuditEntry_eventId_createdAt_idx" ON "AuditEntry"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "EventRole_eventId_userId_key" ON "EventRole"("eventId", "userId");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_registrationId_eventId_organisationId_fkey" FOREIGN KEY ("registrationId", "eventId", "organisationId") REFERENCES "Registration"("id", "eventId", "organisationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_attendeeId_eventId_fkey" FOREIGN KEY ("attendeeId", "eventId") REFERENCES "Attendee"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_activityId_eventId_fkey" FOREIGN KEY ("activityId", "eventId") REFERENCES "Activity"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRole" ADD CONSTRAINT "EventRole_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRole" ADD CONSTRAINT "EventRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Constraints Prisma's schema language cannot express. Prisma's diff ignores CHECK constraints and
-- partial unique indexes, so they stay out of the drift check's way.

ALTER TABLE "Event" ADD CONSTRAINT "Event_dates_check" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_registration_window_check" CHECK ("registrationClosesAt" > "registrationOpensAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Event" ADD CONSTRAINT "Event_referencePrefix_check" CHECK ("referencePrefix" ~ '^[A-Z]{2,5}$');
ALTER TABLE "Event" ADD CONSTRAINT "Event_themes_check" CHECK (jsonb_typeof("themes") = 'array');

ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_votes_check" CHECK ("votes" >= 0);
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_observer_votes_check" CHECK ("isMember" OR "votes" = 0);

ALTER TABLE "Activity" ADD CONSTRAINT "Activity_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 0);
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_dates_check" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_questions_check" CHECK (jsonb_typeof("questions") = 'array');

ALTER TABLE "Registration" ADD CONSTRAINT "Registration_cancelled_check" CHECK (("status" = 'cancelled') = ("cancelledAt" IS NOT NULL));
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_cancelled_check" CHECK (("status" = 'cancelled') = ("cancelledAt" IS NOT NULL));
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_email_lowercase_check" CHECK ("email" = lower("email"));

ALTER TABLE "Signup" ADD CONSTRAINT "Signup_queue_check" CHECK ("status" <> 'waitlisted' OR "queueNumber" IS NOT NULL);
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_queueNumber_check" CHECK ("queueNumber" IS NULL OR "queueNumber" > 0);

ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_attempts_check" CHECK ("attempts" >= 0);

-- At most one voting delegate (ombud) per organisation per event, across all its registrations.
CREATE UNIQUE INDEX "Attendee_one_voting_delegate_idx" ON "Attendee"("eventId", "organisationId")
  WHERE "isVotingDelegate" AND "status" = 'active';

-- One active registration per e-mail address per event.
CREATE UNIQUE INDEX "Attendee_one_email_per_event_idx" ON "Attendee"("eventId", "email")
  WHERE "status" = 'active';

-- Waiting-list positions are unique within an activity.
CREATE UNIQUE INDEX "Signup_queue_unique_idx" ON "Signup"("activityId", "queueNumber")
  WHERE "queueNumber" IS NOT NULL;
