import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { remindMembersAction } from "./invitations/actions";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { DashboardView } from "@/components/admin/dashboard-view";
import { getEventDashboard } from "@/lib/admin/get-event-dashboard";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ reminded?: string }>;
};

export const generateMetadata = adminMetadata("metaTitle");

export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { reminded } = await searchParams;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const dashboard = await loadOrNotFound(getEventDashboard(staff, slug));
  const [format, t] = await Promise.all([getFormatter(), getTranslations("admin")]);
  const canRemind = dashboard.published && dashboard.role !== "viewer";
  return (
    <>
      <AutoRefresh seconds={30} />
      <DashboardView
        dashboard={dashboard}
        locale={locale}
        format={format}
        reminded={reminded && /^\d{1,5}$/.test(reminded) ? Number(reminded) : null}
        remindForm={
          canRemind && (
            <ActionForm
              action={remindMembersAction.bind(null, { locale, slug, from: "dashboard" })}
              submitLabel={t("remindMembers")}
              variant="secondary"
            >
              {null}
            </ActionForm>
          )
        }
      />
    </>
  );
}
