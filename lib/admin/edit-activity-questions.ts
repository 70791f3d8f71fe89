import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Activity } from "@/lib/generated/prisma/client";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { assertEventEditable } from "@/lib/events/assert-event-editable";
import { parseQuestions, type ActivityQuestion } from "@/lib/registrations/activity-questions";

/**
 * What every change to an activity's questions does first: the activity found in the meeting, an
 * administrator, a meeting not archived; then `work` in a transaction with the activity's row
 * locked, so two changes at once both stay, given the questions as they stand.
 */
export async function editActivityQuestions<T>(
  staff: Staff | null,
  slug: string,
  activityId: string,
  work: (tx: Tx, activity: Activity, questions: ActivityQuestion[]) => Promise<T>,
): Promise<T> {
  const activity = await db.activity.findFirst({
    where: { id: activityId, event: { slug } },
    include: { event: true },
  });
  if (!activity) throw new AppError("not_found", "no such activity");
  await requireEventRole(staff, activity.eventId, "admin");
  assertEventEditable(activity.event);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Activity" WHERE id = ${activityId}::uuid FOR UPDATE`;
    const current = await tx.activity.findUniqueOrThrow({ where: { id: activityId } });
    return work(tx, current, parseQuestions(current.questions));
  });
}

/** How many signups to the activity hold an answer to the question. */
export async function countAnswers(tx: Tx, activityId: string, key: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ answered: number }[]>`
    SELECT count(*)::int AS answered FROM "Signup"
    WHERE "activityId" = ${activityId}::uuid AND coalesce(answers ->> ${key}, '') <> ''`;
  return row?.answered ?? 0;
}
