import { setRequestLocale } from "next-intl/server";
import { QuestionsPage } from "@/components/admin/questions-page";
import { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ done?: string; kept?: string }>;
};

export const generateMetadata = adminMetadata("meetingQuestionsTitle");

export default async function MeetingQuestionsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { done, kept } = await searchParams;
  setRequestLocale(locale);
  const holder = await loadOrNotFound(getActivityQuestions(await requireStaffPage(locale), slug, null));
  return (
    <QuestionsPage locale={locale} slug={slug} activityId={null} holder={holder} done={done} kept={kept} />
  );
}
