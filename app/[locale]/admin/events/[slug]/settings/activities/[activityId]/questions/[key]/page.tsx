import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditQuestionPage } from "@/components/admin/edit-question-page";
import { idParam, questionKeyParam } from "@/lib/actions/action-input";
import { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; activityId: string; key: string }> };

export const generateMetadata = adminMetadata("editQuestionTitle");

export default async function EditActivityQuestionPage({ params }: Props) {
  const { locale, slug, activityId, key } = await params;
  setRequestLocale(locale);
  if (!idParam.safeParse(activityId).success || !questionKeyParam.safeParse(key).success) notFound();
  const holder = await loadOrNotFound(getActivityQuestions(await requireStaffPage(locale), slug, activityId));
  return (
    <EditQuestionPage locale={locale} slug={slug} activityId={activityId} questionKey={key} holder={holder} />
  );
}
