import { getFormatter, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { DashboardView } from "@/components/admin/dashboard-view";
import { getEventDashboard } from "@/lib/admin/get-event-dashboard";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const generateMetadata = adminMetadata("metaTitle");

export default async function DashboardPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const dashboard = await loadOrNotFound(getEventDashboard(staff, slug));
  const format = await getFormatter();
  return (
    <>
      <AutoRefresh seconds={30} />
      <DashboardView dashboard={dashboard} locale={locale} format={format} />
    </>
  );
}
