import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { QuestionFields } from "@/components/admin/question-fields";
import { Link } from "@/components/ui/localised-link";
import { idParam } from "@/lib/actions/action-input";
import { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { addQuestionAction, removeQuestionAction } from "../../../../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string; activityId: string }>;
  searchParams: Promise<{ done?: string; kept?: string }>;
};

export const generateMetadata = adminMetadata("questionsLink");

export default async function ActivityQuestionsPage({ params, searchParams }: Props) {
  const { locale, slug, activityId } = await params;
  const { done, kept } = await searchParams;
  setRequestLocale(locale);
  if (!idParam.safeParse(activityId).success) notFound();
  const activity = await loadOrNotFound(
    getActivityQuestions(await requireStaffPage(locale), slug, activityId),
  );
  const t = await getTranslations("admin");
  const name = localised(activity.name, locale);
  const target = { locale, slug, activityId };
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/admin/events/${slug}/settings`}>{t("backToSettings")}</Link>
      </p>
      <h1>{t("questionsTitle", { activity: name })}</h1>
      <p>{t("questionsIntro")}</p>
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
        <p className="empty-state">{t("questionsEmpty")}</p>
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
                  : t("keepDays", { days: question.keepDaysAfter })}{" "}
                · {t("questionAnswered", { count: question.answered })}
              </p>
              {question.removed ? (
                <p className="meta">{t("questionRemoved")}</p>
              ) : (
                <>
                  <p>
                    <Link
                      href={`/admin/events/${slug}/settings/activities/${activityId}/questions/${question.key}`}
                    >
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
            <QuestionFields />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
