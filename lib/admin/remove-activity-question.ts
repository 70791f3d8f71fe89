import "server-only";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { auditSubject, countAnswers, editActivityQuestions } from "./edit-activity-questions";

/**
 * Stops asking a question of an activity or, with `activityId` null, of the meeting
 * (administrators only), audited. A question nobody answered goes; one
 * with answers stays in the definitions marked removed, so its answers are kept, listed and
 * exported, and deleted at their own time, never silently with the question.
 */
export async function removeActivityQuestion(
  staff: Staff | null,
  slug: string,
  activityId: string | null,
  key: string,
) {
  return editActivityQuestions(staff, slug, activityId, async (tx, holder, questions, save) => {
    const question = questions.find((candidate) => candidate.key === key && !candidate.removed);
    if (!question) throw new AppError("not_found", "no such question");
    const answered = await countAnswers(tx, holder, key);
    const next =
      answered > 0
        ? questions.map((candidate) => (candidate.key === key ? { ...candidate, removed: true } : candidate))
        : questions.filter((candidate) => candidate.key !== key);
    await save(next);
    const subject = auditSubject(holder);
    await writeAuditEntry(tx, {
      eventId: holder.eventId,
      actor: { type: "staff", id: staff!.userId },
      action: `${subject.action}.question-removed`,
      entityType: subject.entityType,
      entityId: subject.entityId,
      changes: { key, answersKept: answered },
    });
    return { answersKept: answered };
  });
}
