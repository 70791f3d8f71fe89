import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { requireStaffPage } from "@/components/admin/require-staff";
import { DashboardView } from "@/components/admin/dashboard-view";
import { getEventDashboard } from "@/lib/admin/get-event-dashboard";
import { isAppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function DashboardPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const dashboard = await getEventDashboard(staff, slug).catch((error: unknown) => {
    // Someone without a role at this event learns no more than that it is not there for them.
    if (isAppError(error) && (error.code === "forbidden" || error.code === "not_found")) notFound();
    throw error;
  });
  const format = await getFormatter();
  return (
    <>
      <AutoRefresh seconds={30} />
      <DashboardView dashboard={dashboard} locale={locale} format={format} />
    </>
  );
}
