import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { Checkbox } from "@/components/ui/fields";
import { Link } from "@/components/ui/localised-link";
import { idParam } from "@/lib/actions/action-input";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { listPendingRegistrations } from "@/lib/registrations/list-pending-registrations";
import { describePendingReasons } from "@/lib/registrations/registration-standing";
import { approveRegistrationAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; registrationId: string }> };

export const generateMetadata = adminMetadata("approvalsTitle");

export default async function ApprovalPage({ params }: Props) {
  const { locale, slug, registrationId } = await params;
  setRequestLocale(locale);
  if (!idParam.safeParse(registrationId).success) notFound();
  const list = await loadOrNotFound(
    listPendingRegistrations(await requireStaffPage(locale), slug, { id: registrationId }),
  );
  const [t, te] = await Promise.all([getTranslations("admin"), getTranslations("emails")]);
  const registration = list.registrations[0];
  const back = (
    <p>
      <Link href={`/admin/events/${slug}/approvals`}>{t("backToApprovals")}</Link>
    </p>
  );
  if (!registration) {
    return (
      <div className="container stack">
        <h1>{t("approvalsTitle")}</h1>
        <p className="notice">{t("approvalGone")}</p>
        {back}
      </div>
    );
  }
  return (
    <div className="container stack">
      <h1>{t("approvalTitle", { reference: registration.reference })}</h1>
      <dl className="summary-list">
        {[
          [t("organisation"), registration.organisation.name],
          [
            t("approvalRegisteredBy"),
            `${registration.contactName} <${registration.contactEmail}> · ${t("approvalPeople", {
              count: registration.people,
            })} · ${t("approvalRegisteredAt", { at: registration.createdAt })}`,
          ],
          [
            t("approvalWhy"),
            describePendingReasons(registration.reasons, locale, (reason) => te(`pendingReasons.${reason}`)),
          ],
          ...(registration.askingVote
            ? [[t("delegate"), t("approvalAskingVote", { name: registration.askingVote })]]
            : []),
          ...(registration.heldPlaces.length > 0
            ? [
                [
                  t("pending"),
                  registration.heldPlaces
                    .map((place) => `${place.person} (${localised(place.activity, locale)})`)
                    .join(", "),
                ],
              ]
            : []),
        ].map(([label, value]) => (
          <div className="summary-list__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {list.role === "admin" ? (
        <section className="card stack stack--tight" aria-labelledby="approve-heading">
          <h2 id="approve-heading">{t("approve")}</h2>
          <p>{t("approvalEffect", { organisation: registration.organisation.name })}</p>
          <ActionForm
            action={approveRegistrationAction.bind(null, { locale, slug })}
            submitLabel={t("approve")}
          >
            <input type="hidden" name="registrationId" value={registration.id} />
            <Checkbox
              name="confirm"
              label={t("approvalConfirm", {
                contact: registration.contactName,
                organisation: registration.organisation.name,
              })}
            />
          </ActionForm>
        </section>
      ) : (
        <p className="notice">{t("approvalsAdminOnly")}</p>
      )}
      {back}
    </div>
  );
}
