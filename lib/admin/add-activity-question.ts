import "server-only";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { activityQuestion } from "@/lib/registrations/activity-questions";
import { auditSubject, editActivityQuestions } from "./edit-activity-questions";
import type { ActivityQuestionInput } from "@/lib/validation/activity-question";

/** Questions one activity may ask, removed ones included (their answers are still kept). */
const MAX_QUESTIONS = 20;

function keyFor(label: string, taken: Set<string>): string {
  const base =
    label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, " ")
      .trim()
      .split(" ")
      .map((word, index) =>
        index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
      )
      .join("")
      .slice(0, 40) || "fraga";
  let key = base;
  for (let suffix = 2; taken.has(key); suffix++) key = `${base}${suffix}`;
  return key;
}

/**
 * Adds a question to an activity or, with `activityId` null, to the meeting, asked of every
 * attendee (administrators only), asked from now on; audited. Its key comes
 * from its label unless the caller names one (the seed); a named key that is taken is refused.
 */
export async function addActivityQuestion(
  staff: Staff | null,
  slug: string,
  activityId: string | null,
  input: ActivityQuestionInput,
  options: { key?: string } = {},
) {
  return editActivityQuestions(staff, slug, activityId, async (tx, holder, questions, save) => {
    if (questions.length >= MAX_QUESTIONS) {
      throw new AppError("validation", "too many questions", [
        { field: "labelSv", code: "tooManyQuestions", params: { max: MAX_QUESTIONS } },
      ]);
    }
    const taken = new Set(questions.map((existing) => existing.key));
    if (
      options.key !== undefined &&
      (!/^[A-Za-z][A-Za-z0-9]{0,39}$/.test(options.key) || taken.has(options.key))
    )
      throw new AppError("conflict", `question key ${options.key} is malformed or taken`);
    const question = activityQuestion.parse({ ...input, key: options.key ?? keyFor(input.labelSv, taken) });
    await save([...questions, question]);
    const subject = auditSubject(holder);
    await writeAuditEntry(tx, {
      eventId: holder.eventId,
      actor: { type: "staff", id: staff!.userId },
      action: `${subject.action}.question-added`,
      entityType: subject.entityType,
      entityId: subject.entityId,
      changes: { key: question.key, type: question.type, keepDaysAfter: question.keepDaysAfter },
    });
    return { key: question.key };
  });
}
