import "server-only";
import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { parseQuestions, type ActivityQuestion } from "@/lib/registrations/activity-questions";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the answers whose question keeps them only some days after the activity (the HYBRIT
 * site's visitor details are gone the day after the visit), from every signup of that activity,
 * audited once per activity and question set. Other answers stay until the meeting's retention
 * date, when the whole event is anonymised. The meeting's own questions likewise, counted from
 * the meeting's end, on its attendees. Returns how many signups and attendees lost answers. With
 * `eventSlug`, only that meeting's (a test letting time pass for its own meeting leaves the rest).
 */
export async function purgeExpiredAnswers(now = new Date(), eventSlug?: string): Promise<number> {
  const activities = await db.activity.findMany({
    where: {
      endsAt: { lt: now },
      NOT: { questions: { equals: [] } },
      ...(eventSlug === undefined ? {} : { event: { slug: eventSlug } }),
    },
    select: { id: true, eventId: true, endsAt: true, questions: true },
  });
  let purged = 0;
  for (const activity of activities) {
    const due = dueKeys(parseQuestions(activity.questions), activity.endsAt, now);
    if (due.length === 0) continue;
    await db.$transaction(async (tx) => {
      // jsonb minus text[] takes the keys out in the database, for every signup at once.
      const count = await tx.$executeRaw`
        UPDATE "Signup" SET answers = answers - ${due}::text[], "updatedAt" = now()
        WHERE "activityId" = ${activity.id}::uuid AND answers ?| ${due}::text[]`;
      if (count === 0) return;
      purged += count;
      await writeAuditEntry(tx, {
        eventId: activity.eventId,
        actor: { type: "system", id: null },
        action: "activity.answers-purged",
        entityType: "Activity",
        entityId: activity.id,
        changes: { questions: due, signups: count },
      });
    });
  }
  return purged + (await purgeMeetingAnswers(now, eventSlug));
}

/** The same for the meeting's own questions, counted from the meeting's end; returns attendees touched. */
async function purgeMeetingAnswers(now: Date, eventSlug?: string): Promise<number> {
  const events = await db.event.findMany({
    where: {
      endsAt: { lt: now },
      NOT: { questions: { equals: [] } },
      ...(eventSlug === undefined ? {} : { slug: eventSlug }),
    },
    select: { id: true, endsAt: true, questions: true },
  });
  let purged = 0;
  for (const event of events) {
    const due = dueKeys(parseQuestions(event.questions), event.endsAt, now);
    if (due.length === 0) continue;
    await db.$transaction(async (tx) => {
      const count = await tx.$executeRaw`
        UPDATE "Attendee" SET answers = answers - ${due}::text[], "updatedAt" = now()
        WHERE "eventId" = ${event.id}::uuid AND answers ?| ${due}::text[]`;
      if (count === 0) return;
      purged += count;
      await writeAuditEntry(tx, {
        eventId: event.id,
        actor: { type: "system", id: null },
        action: "event.answers-purged",
        entityType: "Event",
        entityId: event.id,
        changes: { questions: due, attendees: count },
      });
    });
  }
  return purged;
}

/** The keys of the questions whose answers are kept some days after `endsAt`, and those days are over. */
function dueKeys(questions: ActivityQuestion[], endsAt: Date, now: Date): string[] {
  return questions
    .filter((question) => question.keepDaysAfter !== null)
    .filter((question) => endsAt.getTime() + question.keepDaysAfter! * DAY_MS <= now.getTime())
    .map((question) => question.key);
}
