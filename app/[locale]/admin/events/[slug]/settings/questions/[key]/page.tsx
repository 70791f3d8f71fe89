import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditQuestionPage } from "@/components/admin/edit-question-page";
import { questionKeyParam } from "@/lib/actions/action-input";
import { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; key: string }> };

export const generateMetadata = adminMetadata("editQuestionTitle");

export default async function EditMeetingQuestionPage({ params }: Props) {
  const { locale, slug, key } = await params;
  setRequestLocale(locale);
  if (!questionKeyParam.safeParse(key).success) notFound();
  const holder = await loadOrNotFound(getActivityQuestions(await requireStaffPage(locale), slug, null));
  return <EditQuestionPage locale={locale} slug={slug} activityId={null} questionKey={key} holder={holder} />;
}
