import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { assertEventEditable } from "@/lib/events/assert-event-editable";
import { parseQuestions } from "@/lib/registrations/activity-questions";

/**
 * Stops asking a question (administrators only), audited. A question nobody answered goes; one
 * with answers stays in the definitions marked removed, so its answers are kept, listed and
 * exported, and deleted at their own time, never silently with the question.
 */
export async function removeActivityQuestion(
  staff: Staff | null,
  slug: string,
  activityId: string,
  key: string,
) {
  const activity = await db.activity.findFirst({
    where: { id: activityId, event: { slug } },
    include: { event: true },
  });
  if (!activity) throw new AppError("not_found", "no such activity");
  await requireEventRole(staff, activity.eventId, "admin");
  assertEventEditable(activity.event);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Activity" WHERE id = ${activityId}::uuid FOR UPDATE`;
    const current = await tx.activity.findUniqueOrThrow({
      where: { id: activityId },
      select: { questions: true },
    });
    const questions = parseQuestions(current.questions);
    const question = questions.find((candidate) => candidate.key === key && !candidate.removed);
    if (!question) throw new AppError("not_found", "no such question");
    const [row] = await tx.$queryRaw<{ answered: number }[]>`
      SELECT count(*)::int AS answered FROM "Signup"
      WHERE "activityId" = ${activityId}::uuid AND coalesce(answers ->> ${key}, '') <> ''`;
    const answered = row?.answered ?? 0;
    const kept = answered > 0;
    const next = kept
      ? questions.map((candidate) => (candidate.key === key ? { ...candidate, removed: true } : candidate))
      : questions.filter((candidate) => candidate.key !== key);
    await tx.activity.update({
      where: { id: activityId },
      data: { questions: next as unknown as Prisma.InputJsonValue },
    });
    await writeAuditEntry(tx, {
      eventId: activity.eventId,
      actor: { type: "staff", id: staff!.userId },
      action: "activity.question-removed",
      entityType: "Activity",
      entityId: activityId,
      changes: { key, answersKept: answered },
    });
    return { answersKept: answered };
  });
}
