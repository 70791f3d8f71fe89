import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { slugParam } from "@/lib/actions/action-input";
import { AdminNav } from "@/components/admin/admin-nav";
import { getPathname } from "@/lib/i18n/navigation";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";

export default async function AdminEventLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { locale: segment, slug } = await params;
  const locale: AppLocale = isAppLocale(segment) ? segment : "sv";
  if (!slugParam.safeParse(slug).success) notFound();
  const t = await getTranslations("admin");
  const base = `/admin/events/${slug}`;
  return (
    <>
      <AdminNav
        label={t("navLabel")}
        items={[
          { href: "/admin", label: t("eventsTitle"), exact: true },
          { href: base, label: t("navDashboard"), exact: true },
          { href: `${base}/participants`, label: t("navParticipants") },
          { href: `${base}/approvals`, label: t("navApprovals") },
          { href: `${base}/invitations`, label: t("navInvitations") },
          { href: `${base}/check-in`, label: t("navCheckIn") },
          { href: `${base}/exports`, label: t("navExports") },
          { href: `${base}/voting-register`, label: t("navVotingRegister") },
          { href: `${base}/documents`, label: t("navDocuments") },
          { href: `${base}/stay`, label: t("navStay") },
          { href: `${base}/evaluation`, label: t("navEvaluation") },
          { href: `${base}/messages`, label: t("navMessages") },
          { href: `${base}/settings`, label: t("navSettings") },
          { href: `${base}/staff`, label: t("navStaff") },
          { href: `${base}/audit`, label: t("navAudit") },
        ].map((item) => ({ ...item, href: getPathname({ href: item.href, locale }) }))}
      />
      {children}
    </>
  );
}
