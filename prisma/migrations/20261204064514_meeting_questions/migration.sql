
-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN     "answers" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "questions" JSONB NOT NULL DEFAULT '[]';

