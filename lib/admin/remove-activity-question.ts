import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { countAnswers, editActivityQuestions } from "./edit-activity-questions";

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
  return editActivityQuestions(staff, slug, activityId, async (tx, activity, questions) => {
    const question = questions.find((candidate) => candidate.key === key && !candidate.removed);
    if (!question) throw new AppError("not_found", "no such question");
    const answered = await countAnswers(tx, activityId, key);
    const next =
      answered > 0
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
