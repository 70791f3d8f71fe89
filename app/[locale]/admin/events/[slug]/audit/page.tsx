import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { auditActionLabel } from "@/components/admin/audit-action-label";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { auditQuery, listAuditEntries } from "@/lib/admin/list-audit-entries";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<Record<string, string>>;
};

export const generateMetadata = adminMetadata("auditTitle");

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const query = auditQuery.parse(await searchParams);
  const log = await loadOrNotFound(listAuditEntries(staff, slug, query));
  const [t, ta, format] = await Promise.all([
    getTranslations("admin"),
    getTranslations("auditActions"),
    getFormatter(),
  ]);
  const actors = ["contact", "attendee", "staff", "system"] as const;
  return (
    <div className="container stack">
      <h1>{t("auditTitle")}</h1>
      <form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="audit-action" className="field__label">
            {t("auditFilterAction")}
          </label>
          <input id="audit-action" name="action" defaultValue={query.action} className="input" />
        </div>
        <div className="field">
          <label htmlFor="audit-actor" className="field__label">
            {t("auditFilterActor")}
          </label>
          <select id="audit-actor" name="actorType" defaultValue={query.actorType ?? ""} className="input">
            <option value="">{t("actorAny")}</option>
            {actors.map((actor) => (
              <option key={actor} value={actor}>
                {t(`actor.${actor}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="button button--primary">
            {t("apply")}
          </button>
        </div>
      </form>
      <p role="status">{t("pageOf", { page: log.page, pages: log.pages })}</p>
      {log.entries.length === 0 && <p className="empty-state">{t("auditEmpty")}</p>}
      <div className="table-scroll" tabIndex={0} role="group" aria-label={t("auditTitle")}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("entity")}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                <th scope="row">
                  {auditActionLabel(ta, entry.action)} <span className="meta">{entry.action}</span>
                </th>
                <td>{t(`actor.${entry.actorType}`)}</td>
                <td>
                  {entry.entityType} <span className="meta">{entry.entityId.slice(0, 8)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
