import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { parseQuestions } from "@/lib/registrations/activity-questions";

/** The answer an answer set holds to a question, or undefined; sets are as stored (any JSON). */
function answerOf(answers: unknown, key: string): unknown {
  return typeof answers === "object" && answers !== null && Object.hasOwn(answers, key)
    ? (answers as Record<string, unknown>)[key]
    : undefined;
}

/** How many of the stored answer sets hold an answer to each key. */
function answeredCounter(answerSets: unknown[]) {
  return (key: string) =>
    answerSets.filter((answers) => {
      const answer = answerOf(answers, key);
      return typeof answer === "string" && answer !== "";
    }).length;
}

/**
 * The questions of an activity or, with `activityId` null, of the meeting, with how many people
 * answered each, for their question page (admins only).
 */
export async function getActivityQuestions(staff: Staff | null, slug: string, activityId: string | null) {
  const holder = activityId
    ? await db.activity.findFirst({
        where: { id: activityId, event: { slug } },
        select: { eventId: true, nameSv: true, nameEn: true, questions: true, cancelledAt: true },
      })
    : await db.event
        .findUnique({ where: { slug }, select: { id: true, nameSv: true, nameEn: true, questions: true } })
        .then((event) => event && { ...event, eventId: event.id, cancelledAt: null });
  if (!holder) throw new AppError("not_found", activityId ? "no such activity" : "no such event");
  await requireEventRole(staff, holder.eventId, "admin");
  const answerSets = activityId
    ? (await db.signup.findMany({ where: { activityId }, select: { answers: true } })).map(
        (row) => row.answers,
      )
    : (await db.attendee.findMany({ where: { eventId: holder.eventId }, select: { answers: true } })).map(
        (row) => row.answers,
      );
  const answered = answeredCounter(answerSets);
  return {
    name: { sv: holder.nameSv, en: holder.nameEn },
    cancelled: holder.cancelledAt !== null,
    questions: parseQuestions(holder.questions).map((question) => ({
      ...question,
      answered: answered(question.key),
    })),
  };
}
