import "server-only";
import { db } from "@/lib/db";

/**
 * Queues a reminder for every active attendee of events that start within their reminder window.
 * The dedupe key makes it once per attendee, however often this runs and however many workers run it.
 */
export async function enqueueDueReminders(now = new Date()): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "OutboxEmail" (id, "eventId", recipient, locale, template, payload, "dedupeKey", status, attempts, "nextAttemptAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), a."eventId", a.email, a.locale, 'reminder', jsonb_build_object('attendeeId', a.id),
           'reminder:' || a.id, 'pending', 0, ${now}, ${now}, ${now}
    FROM "Attendee" a JOIN "Event" e ON e.id = a."eventId"
    WHERE a.status = 'active' AND e.status IN ('open', 'closed') AND e."reminderDaysBefore" > 0
      AND ${now} >= e."startsAt" - make_interval(days => e."reminderDaysBefore") AND ${now} < e."startsAt"
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
