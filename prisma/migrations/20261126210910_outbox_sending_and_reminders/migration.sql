
-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'sending';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "reminderDaysBefore" INTEGER NOT NULL DEFAULT 7;


ALTER TABLE "Event" ADD CONSTRAINT "Event_reminderDaysBefore_check" CHECK ("reminderDaysBefore" >= 0 AND "reminderDaysBefore" <= 60);
