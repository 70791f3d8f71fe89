import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { parseQuestions } from "@/lib/registrations/activity-questions";

/** An activity's questions with how many people answered each, for its question page (admins only). */
export async function getActivityQuestions(staff: Staff | null, slug: string, activityId: string) {
  const activity = await db.activity.findFirst({
    where: { id: activityId, event: { slug } },
    select: {
      id: true,
      eventId: true,
      nameSv: true,
      nameEn: true,
      questions: true,
      endsAt: true,
      cancelledAt: true,
    },
  });
  if (!activity) throw new AppError("not_found", "no such activity");
  await requireEventRole(staff, activity.eventId, "admin");
  const signups = await db.signup.findMany({ where: { activityId }, select: { answers: true } });
  const answered = (key: string) =>
    signups.filter((signup) => {
      const value = (signup.answers as Record<string, unknown> | null)?.[key];
      return typeof value === "string" && value !== "";
    }).length;
  return {
    name: { sv: activity.nameSv, en: activity.nameEn },
    cancelled: activity.cancelledAt !== null,
    questions: parseQuestions(activity.questions).map((question) => ({
      ...question,
      answered: answered(question.key),
    })),
  };
}
