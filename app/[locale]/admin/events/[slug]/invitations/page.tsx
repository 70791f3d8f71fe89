import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import type { AppLocale } from "@/lib/i18n/routing";
import { getInvitationOverview } from "@/lib/invitations/get-invitation-overview";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { remindMembersAction, sendInvitationsAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ sent?: string; reminded?: string }>;
};

export const generateMetadata = adminMetadata("invitationsTitle");

const count = (value: string | undefined) => (value && /^\d{1,5}$/.test(value) ? Number(value) : null);

export default async function InvitationsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const done = await searchParams;
  setRequestLocale(locale);
  const overview = await loadOrNotFound(getInvitationOverview(await requireStaffPage(locale), slug));
  const t = await getTranslations("admin");
  const sent = count(done.sent);
  const reminded = count(done.reminded);
  const { delivery } = overview;
  return (
    <div className="container stack">
      {delivery.waiting > 0 && <AutoRefresh seconds={5} />}
      <h1>{t("invitationsTitle")}</h1>
      <p>{t("invitationsIntro")}</p>
      {sent !== null && (
        <p className="notice notice--success" role="status">
          {t("invitationsSent", { count: sent })}
        </p>
      )}
      {reminded !== null && (
        <p className="notice notice--success" role="status">
          {t("remindersSent", { count: reminded })}
        </p>
      )}
      {!overview.published && <p className="notice">{t("invitationsNotPublished")}</p>}
      <section aria-labelledby="delivery-heading" className="stack stack--tight">
        <h2 id="delivery-heading">{t("invitationDelivery")}</h2>
        <p role="status">{t("invitationDeliveryCounts", delivery)}</p>
      </section>
      {overview.published && overview.role !== "viewer" && (
        <div className="card-grid">
          {overview.role === "admin" && (
            <section className="card stack stack--tight" aria-labelledby="send-heading">
              <h2 id="send-heading" className="heading-m">
                {t("sendInvitations")}
              </h2>
              <p>{t("sendInvitationsHint", { count: overview.toInvite })}</p>
              <ActionForm
                action={sendInvitationsAction.bind(null, { locale, slug })}
                submitLabel={t("sendInvitations")}
              >
                {null}
              </ActionForm>
            </section>
          )}
          <section className="card stack stack--tight" aria-labelledby="remind-heading">
            <h2 id="remind-heading" className="heading-m">
              {t("remindMembers")}
            </h2>
            <p>{t("remindMembersHint", { count: overview.toRemind })}</p>
            <ActionForm
              action={remindMembersAction.bind(null, { locale, slug })}
              submitLabel={t("remindMembers")}
              variant="secondary"
            >
              {null}
            </ActionForm>
          </section>
        </div>
      )}
      <div className="table-scroll" tabIndex={0} role="group" aria-label={t("invitationsCaption")}>
        <table className="table">
          <caption>{t("invitationsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("organisation")}</th>
              <th scope="col">{t("contacts")}</th>
              <th scope="col">{t("invited")}</th>
              <th scope="col">{t("reminded")}</th>
              <th scope="col">{t("registeredState")}</th>
            </tr>
          </thead>
          <tbody>
            {overview.organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">
                  {organisation.name}
                  {!organisation.isMember && <span className="meta"> ({t("observer")})</span>}
                </th>
                <td>
                  {organisation.contacts > 0 ? (
                    organisation.contacts
                  ) : (
                    <span className="status status--missing">{t("noContactsWarning")}</span>
                  )}
                </td>
                <td>{organisation.invited}</td>
                <td>{organisation.remindedAt ? t("remindedAt", { at: organisation.remindedAt }) : "–"}</td>
                <td>
                  {organisation.registered === "approved"
                    ? t("registeredApproved")
                    : organisation.registered === "pending"
                      ? t("registeredPending")
                      : t("registeredNone")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
