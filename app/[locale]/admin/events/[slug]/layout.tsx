import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { slugParam } from "@/lib/actions/action-input";
import { Link } from "@/components/ui/localised-link";

export default async function AdminEventLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  if (!slugParam.safeParse(slug).success) notFound();
  const t = await getTranslations("admin");
  const base = `/admin/events/${slug}`;
  return (
    <>
      <nav aria-label={t("navLabel")} className="admin-nav">
        <ul className="container">
          <li>
            <Link href="/admin">{t("eventsTitle")}</Link>
          </li>
          <li>
            <Link href={base}>{t("navDashboard")}</Link>
          </li>
          <li>
            <Link href={`${base}/participants`}>{t("navParticipants")}</Link>
          </li>
          <li>
            <Link href={`${base}/check-in`}>{t("navCheckIn")}</Link>
          </li>
          <li>
            <Link href={`${base}/exports`}>{t("navExports")}</Link>
          </li>
          <li>
            <Link href={`${base}/voting-register`}>{t("navVotingRegister")}</Link>
          </li>
          <li>
            <Link href={`${base}/messages`}>{t("navMessages")}</Link>
          </li>
          <li>
            <Link href={`${base}/settings`}>{t("navSettings")}</Link>
          </li>
          <li>
            <Link href={`${base}/staff`}>{t("navStaff")}</Link>
          </li>
          <li>
            <Link href={`${base}/audit`}>{t("navAudit")}</Link>
          </li>
        </ul>
      </nav>
      {children}
    </>
  );
}
