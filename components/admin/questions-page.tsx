import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { QuestionFields } from "@/components/admin/question-fields";
import { Link } from "@/components/ui/localised-link";
import type { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { addQuestionAction, removeQuestionAction } from "@/app/[locale]/admin/events/[slug]/actions";

/**
 * The questions of an activity or, with `activityId` null, of the meeting: each with its rules and
 * how many answered, changed or removed from here, and a new one added.
 */
export async function QuestionsPage({
  locale,
  slug,
  activityId,
  holder: activity,
  done,
  kept,
}: {
  locale: AppLocale;
  slug: string;
  activityId: string | null;
  holder: Awaited<ReturnType<typeof getActivityQuestions>>;
  done?: string;
  kept?: string;
}) {
  const t = await getTranslations("admin");
  const name = localised(activity.name, locale);
  const target = { locale, slug, activityId };
  const meeting = activityId === null;
  const base = meeting
    ? `/admin/events/${slug}/settings/questions`
    : `/admin/events/${slug}/settings/activities/${activityId}/questions`;
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/admin/events/${slug}/settings`}>{t("backToSettings")}</Link>
      </p>
      <h1>{meeting ? t("meetingQuestionsTitle") : t("questionsTitle", { activity: name })}</h1>
      <p>{t(meeting ? "meetingQuestionsIntro" : "questionsIntro")}</p>
      {done === "added" && (
        <p className="notice notice--success" role="status">
          {t("questionAdded")}
        </p>
      )}
      {done === "changed" && (
        <p className="notice notice--success" role="status">
          {t("questionChanged")}
        </p>
      )}
      {done === "removed" && (
        <p className="notice notice--success" role="status">
          {t("questionGone", { count: /^\d{1,6}$/.test(kept ?? "") ? Number(kept) : 0 })}
        </p>
      )}
      {activity.questions.length === 0 ? (
        <p className="empty-state">{t(meeting ? "meetingQuestionsEmpty" : "questionsEmpty")}</p>
      ) : (
        <ul className="card-list">
          {activity.questions.map((question) => (
            <li key={question.key} className="card stack stack--tight">
              <h2 className="heading-m">{locale === "sv" ? question.labelSv : question.labelEn}</h2>
              <p>
                {t(`questionTypes.${question.type}`)} ·{" "}
                {question.required ? t("questionRequired") : t("questionOptional")} ·{" "}
                {t(question.visibility === "staff" ? "visibilityStaff" : "visibilityAdmins")} ·{" "}
                {t("questionKeep")}{" "}
                {question.keepDaysAfter === null
                  ? t("keepUntilRetention")
                  : t(meeting ? "keepDaysMeeting" : "keepDays", { days: question.keepDaysAfter })}{" "}
                · {t("questionAnswered", { count: question.answered })}
              </p>
              {question.removed ? (
                <p className="meta">{t("questionRemoved")}</p>
              ) : (
                <>
                  <p>
                    <Link href={`${base}/${question.key}`}>
                      {t("editQuestion")}
                      <span className="visually-hidden">
                        {" "}
                        – {locale === "sv" ? question.labelSv : question.labelEn}
                      </span>
                    </Link>
                  </p>
                  <ActionForm
                    action={removeQuestionAction.bind(null, { ...target, key: question.key })}
                    submitLabel={t("removeQuestion", {
                      label: locale === "sv" ? question.labelSv : question.labelEn,
                    })}
                    variant="secondary"
                  >
                    {null}
                  </ActionForm>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {!activity.cancelled && (
        <section aria-labelledby="add-question-heading" className="stack">
          <h2 id="add-question-heading">{t("addQuestion")}</h2>
          <ActionForm action={addQuestionAction.bind(null, target)} submitLabel={t("addQuestion")}>
            <QuestionFields meeting={meeting} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
