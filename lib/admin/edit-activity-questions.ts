import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { assertEventEditable } from "@/lib/events/assert-event-editable";
import { parseQuestions, type ActivityQuestion } from "@/lib/registrations/activity-questions";

/**
 * Who asks a question: an activity (of those who choose it), or, with `activityId` null, the
 * meeting itself (of every attendee).
 */
export type QuestionHolder = { eventId: string; activityId: string | null };

/** The audit entry's subject for a change to a holder's questions. */
export function auditSubject(holder: QuestionHolder) {
  return holder.activityId
    ? { entityType: "Activity", entityId: holder.activityId, action: "activity" }
    : { entityType: "Event", entityId: holder.eventId, action: "event" };
}

/**
 * What every change to a set of questions does first: the activity (or the meeting) found, an
 * administrator, a meeting not archived; then `work` in a transaction with the holder's row
 * locked, so two changes at once both stay, given the questions as they stand and `save`.
 */
export async function editActivityQuestions<T>(
  staff: Staff | null,
  slug: string,
  activityId: string | null,
  work: (
    tx: Tx,
    holder: QuestionHolder,
    questions: ActivityQuestion[],
    save: (next: ActivityQuestion[]) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  const found = activityId
    ? await db.activity.findFirst({ where: { id: activityId, event: { slug } }, include: { event: true } })
    : await db.event.findUnique({ where: { slug } }).then((event) => event && { eventId: event.id, event });
  if (!found) throw new AppError("not_found", activityId ? "no such activity" : "no such event");
  await requireEventRole(staff, found.eventId, "admin");
  assertEventEditable(found.event);
  const holder = { eventId: found.eventId, activityId };
  return db.$transaction(async (tx) => {
    const stored = activityId
      ? await tx.$queryRaw<{ questions: unknown }[]>`
          SELECT questions FROM "Activity" WHERE id = ${activityId}::uuid FOR UPDATE`
      : await tx.$queryRaw<{ questions: unknown }[]>`
          SELECT questions FROM "Event" WHERE id = ${holder.eventId}::uuid FOR UPDATE`;
    const save = async (next: ActivityQuestion[]) => {
      const questions = next as unknown as Prisma.InputJsonValue;
      if (activityId) await tx.activity.update({ where: { id: activityId }, data: { questions } });
      else await tx.event.update({ where: { id: holder.eventId }, data: { questions } });
    };
    return work(tx, holder, parseQuestions(stored[0]!.questions), save);
  });
}

/** How many people hold an answer to the question: sign-ups to the activity, or the meeting's attendees. */
export async function countAnswers(tx: Tx, holder: QuestionHolder, key: string): Promise<number> {
  const [row] = holder.activityId
    ? await tx.$queryRaw<{ answered: number }[]>`
        SELECT count(*)::int AS answered FROM "Signup"
        WHERE "activityId" = ${holder.activityId}::uuid AND coalesce(answers ->> ${key}, '') <> ''`
    : await tx.$queryRaw<{ answered: number }[]>`
        SELECT count(*)::int AS answered FROM "Attendee"
        WHERE "eventId" = ${holder.eventId}::uuid AND coalesce(answers ->> ${key}, '') <> ''`;
  return row?.answered ?? 0;
}
