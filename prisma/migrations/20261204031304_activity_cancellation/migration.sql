
-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3);

