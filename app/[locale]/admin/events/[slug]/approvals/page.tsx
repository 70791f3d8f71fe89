import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { listPendingRegistrations } from "@/lib/registrations/list-pending-registrations";
import { describePendingReasons } from "@/lib/registrations/registration-standing";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ approved?: string; vote?: string; full?: string }>;
};

export const generateMetadata = adminMetadata("approvalsTitle");

const REFERENCE = /^[A-Z0-9]{2,6}-[A-Z0-9]{4}$/;

export default async function ApprovalsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const done = await searchParams;
  setRequestLocale(locale);
  const list = await loadOrNotFound(listPendingRegistrations(await requireStaffPage(locale), slug));
  const [t, te] = await Promise.all([getTranslations("admin"), getTranslations("emails")]);
  const full = /^\d{1,3}$/.test(done.full ?? "") ? Number(done.full) : 0;
  return (
    <div className="container stack">
      <h1>{t("approvalsTitle")}</h1>
      <p>{t("approvalsIntro")}</p>
      {done.approved && REFERENCE.test(done.approved) && (
        <div className="notice notice--success" role="status">
          <p>{t("approvedNotice", { reference: done.approved })}</p>
          {done.vote === "given" && <p>{t("approvedVoteGiven")}</p>}
          {done.vote === "held" && <p>{t("approvedVoteHeld")}</p>}
          {full > 0 && <p>{t("approvedFull", { count: full })}</p>}
        </div>
      )}
      {list.registrations.length === 0 ? (
        <p className="empty-state">{t("approvalsEmpty")}</p>
      ) : (
        <>
          <p className="lead">{t("approvalsCount", { count: list.registrations.length })}</p>
          {list.role !== "admin" && <p className="notice">{t("approvalsAdminOnly")}</p>}
          <ul className="card-list">
            {list.registrations.map((registration) => (
              <li key={registration.id} className="card stack stack--tight">
                <h2 className="heading-m">
                  {registration.organisation.name} · {registration.reference}
                </h2>
                <p>
                  {registration.contactName} &lt;{registration.contactEmail}&gt; ·{" "}
                  {t("approvalPeople", { count: registration.people })} ·{" "}
                  {t("approvalRegisteredAt", { at: registration.createdAt })}
                </p>
                <p>
                  <strong>{t("approvalWhy")}:</strong>{" "}
                  {describePendingReasons(registration.reasons, locale, (reason) =>
                    te(`pendingReasons.${reason}`),
                  )}
                </p>
                {registration.askingVote && (
                  <p>{t("approvalAskingVote", { name: registration.askingVote })}</p>
                )}
                {registration.heldPlaces.length > 0 && (
                  <p>
                    {t("approvalHeldPlaces", {
                      places: registration.heldPlaces
                        .map((place) => `${place.person} (${localised(place.activity, locale)})`)
                        .join(", "),
                    })}
                  </p>
                )}
                <p>
                  <Link href={`/admin/events/${slug}/approvals/${registration.id}`}>
                    {list.role === "admin" ? t("approvalReview") : t("approvalShow")}
                    <span className="visually-hidden"> – {registration.organisation.name}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
