import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { QuestionFields } from "@/components/admin/question-fields";
import { Link } from "@/components/ui/localised-link";
import type { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { updateQuestionAction } from "@/app/[locale]/admin/events/[slug]/actions";

/** One question of an activity or, with `activityId` null, of the meeting, changed in place. */
export async function EditQuestionPage({
  locale,
  slug,
  activityId,
  questionKey: key,
  holder: activity,
}: {
  locale: AppLocale;
  slug: string;
  activityId: string | null;
  questionKey: string;
  holder: Awaited<ReturnType<typeof getActivityQuestions>>;
}) {
  const question = activity.questions.find((candidate) => candidate.key === key && !candidate.removed);
  if (!question || activity.cancelled) notFound();
  const t = await getTranslations("admin");
  const meeting = activityId === null;
  return (
    <div className="container container--narrow stack">
      <p>
        <Link
          href={
            meeting
              ? `/admin/events/${slug}/settings/questions`
              : `/admin/events/${slug}/settings/activities/${activityId}/questions`
          }
        >
          {meeting
            ? t("meetingQuestionsTitle")
            : t("questionsTitle", { activity: localised(activity.name, locale) })}
        </Link>
      </p>
      <h1>{t("editQuestionTitle")}</h1>
      <p>{t("questionAnsweredNote", { count: question.answered })}</p>
      <ActionForm
        action={updateQuestionAction.bind(null, { locale, slug, activityId, key })}
        submitLabel={t("saveQuestion")}
      >
        <QuestionFields question={question} meeting={meeting} />
      </ActionForm>
    </div>
  );
}
