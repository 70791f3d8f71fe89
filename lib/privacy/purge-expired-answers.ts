import "server-only";
import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { parseQuestions } from "@/lib/registrations/activity-questions";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the answers whose question keeps them only some days after the activity (the HYBRIT
 * site's visitor details are gone the day after the visit), from every signup of that activity,
 * audited once per activity and question set. Other answers stay until the meeting's retention
 * date, when the whole event is anonymised. Returns how many signups lost answers. With
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
    const due = parseQuestions(activity.questions)
      .filter((question) => question.keepDaysAfter !== null)
      .filter((question) => activity.endsAt.getTime() + question.keepDaysAfter! * DAY_MS <= now.getTime())
      .map((question) => question.key);
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
  return purged;
}
