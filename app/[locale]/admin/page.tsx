import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { isAssociationAdmin, listStaffEvents } from "@/lib/auth/staff-session";
import { Link } from "@/components/ui/localised-link";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

const STATUS_LABEL = {
  draft: "statusDraft",
  open: "statusOpen",
  closed: "statusClosed",
  archived: "statusArchived",
} as const;

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = adminMetadata("eventsTitle");

export default async function AdminHome({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const [t, events, associationAdmin] = await Promise.all([
    getTranslations("admin"),
    listStaffEvents(staff),
    isAssociationAdmin(staff),
  ]);
  return (
    <div className="container stack">
      <div className="admin-bar">
        <p>{staff.email}</p>
        <SignOutButton />
      </div>
      <h1>{t("eventsTitle")}</h1>
      {associationAdmin && (
        <p>
          <Link href="/admin/events/new" className="button button--secondary">
            {t("newEventLink")}
          </Link>{" "}
          <Link href="/admin/members" className="button button--secondary">
            {t("registerLink")}
          </Link>
        </p>
      )}
      {events.length === 0 ? (
        <p className="empty-state">{t("noEvents")}</p>
      ) : (
        <ul className="card-list">
          {events.map((event) => (
            <li key={event.slug} className="card">
              <h2>
                <Link href={`/admin/events/${event.slug}`}>{localised(event.name, locale)}</Link>
              </h2>
              <p className="meta">
                {t(`role.${event.role}`)} · {t(STATUS_LABEL[event.status])}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
