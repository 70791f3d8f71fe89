import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { QuestionFields } from "@/components/admin/question-fields";
import { Link } from "@/components/ui/localised-link";
import { idParam, questionKeyParam } from "@/lib/actions/action-input";
import { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { updateQuestionAction } from "../../../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; activityId: string; key: string }> };

export const generateMetadata = adminMetadata("editQuestionTitle");

export default async function EditQuestionPage({ params }: Props) {
  const { locale, slug, activityId, key } = await params;
  setRequestLocale(locale);
  if (!idParam.safeParse(activityId).success || !questionKeyParam.safeParse(key).success) notFound();
  const activity = await loadOrNotFound(
    getActivityQuestions(await requireStaffPage(locale), slug, activityId),
  );
  const question = activity.questions.find((candidate) => candidate.key === key && !candidate.removed);
  if (!question || activity.cancelled) notFound();
  const t = await getTranslations("admin");
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/admin/events/${slug}/settings/activities/${activityId}/questions`}>
          {t("questionsTitle", { activity: localised(activity.name, locale) })}
        </Link>
      </p>
      <h1>{t("editQuestionTitle")}</h1>
      <p>{t("questionAnsweredNote", { count: question.answered })}</p>
      <ActionForm
        action={updateQuestionAction.bind(null, { locale, slug, activityId, key })}
        submitLabel={t("saveQuestion")}
      >
        <QuestionFields question={question} />
      </ActionForm>
    </div>
  );
}
