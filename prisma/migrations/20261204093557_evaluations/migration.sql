
-- CreateTable
CREATE TABLE "EvaluationInvite" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "attendeeId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "used" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "EvaluationInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "ratings" JSONB NOT NULL DEFAULT '[]',
    "comment" TEXT NOT NULL DEFAULT '',
    "submittedOn" DATE NOT NULL,

    CONSTRAINT "EvaluationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationInvite_tokenHash_key" ON "EvaluationInvite"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationInvite_eventId_attendeeId_key" ON "EvaluationInvite"("eventId", "attendeeId");

-- CreateIndex
CREATE INDEX "EvaluationResponse_eventId_idx" ON "EvaluationResponse"("eventId");

-- AddForeignKey
ALTER TABLE "EvaluationInvite" ADD CONSTRAINT "EvaluationInvite_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_ratings_check" CHECK (jsonb_typeof("ratings") = 'array');
