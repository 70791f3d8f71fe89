import "server-only";
import { AppError, type FieldIssue } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { activityQuestion } from "@/lib/registrations/activity-questions";
import type { ActivityQuestionInput } from "@/lib/validation/activity-question";
import { auditSubject, countAnswers, editActivityQuestions } from "./edit-activity-questions";

const EDITABLE = [
  "labelSv",
  "labelEn",
  "helpSv",
  "helpEn",
  "type",
  "options",
  "required",
  "visibility",
  "keepDaysAfter",
] as const;

/**
 * Changes a question of an activity or, with `activityId` null, of the meeting in place
 * (administrators only), audited. Its wording, help, whether it must
 * be answered, who reads the answers and how long they are kept may change at any time. Once
 * someone has answered, what the answers mean may not: the type stays, and choices (stored by
 * their position) may be reworded or added at the end but not taken away, so no answer is lost or
 * silently comes to mean another choice. To ask something else, stop asking it and add a new one.
 */
export async function updateActivityQuestion(
  staff: Staff | null,
  slug: string,
  activityId: string | null,
  key: string,
  input: ActivityQuestionInput,
) {
  return editActivityQuestions(staff, slug, activityId, async (tx, holder, questions, save) => {
    const before = questions.find((candidate) => candidate.key === key && !candidate.removed);
    if (!before) throw new AppError("not_found", "no such question");
    const answered = await countAnswers(tx, holder, key);
    const issues: FieldIssue[] = [];
    if (answered > 0 && input.type !== before.type)
      issues.push({ field: "type", code: "questionAnsweredType", params: { count: answered } });
    if (answered > 0 && input.options.length < before.options.length)
      issues.push({
        field: "options",
        code: "questionAnsweredOptions",
        params: { count: answered, max: before.options.length },
      });
    if (issues.length > 0) throw new AppError("validation", "question has answers", issues);
    const after = activityQuestion.parse({ ...before, ...input, key });
    await save(questions.map((candidate) => (candidate.key === key ? after : candidate)));
    const changed = EDITABLE.filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
    );
    const subject = auditSubject(holder);
    await writeAuditEntry(tx, {
      eventId: holder.eventId,
      actor: { type: "staff", id: staff!.userId },
      action: `${subject.action}.question-changed`,
      entityType: subject.entityType,
      entityId: subject.entityId,
      changes: { key, fields: changed, answers: answered },
    });
    return { changed };
  });
}
