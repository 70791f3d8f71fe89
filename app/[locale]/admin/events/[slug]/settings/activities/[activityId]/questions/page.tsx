import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { QuestionsPage } from "@/components/admin/questions-page";
import { idParam } from "@/lib/actions/action-input";
import { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";

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
  const holder = await loadOrNotFound(getActivityQuestions(await requireStaffPage(locale), slug, activityId));
  return (
    <QuestionsPage
      locale={locale}
      slug={slug}
      activityId={activityId}
      holder={holder}
      done={done}
      kept={kept}
    />
  );
}
