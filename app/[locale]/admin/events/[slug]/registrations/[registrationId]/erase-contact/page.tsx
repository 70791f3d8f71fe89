import { notFound } from "next/navigation";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { Link } from "@/components/ui/localised-link";
import { CancelForm } from "@/components/manage/cancel-form";
import { idParam } from "@/lib/actions/action-input";
import { getRegistrationContact } from "@/lib/admin/get-registration-contact";
import type { AppLocale } from "@/lib/i18n/routing";
import { eraseContactAction } from "../../../privacy-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; registrationId: string }> };

export const generateMetadata = adminMetadata("eraseHeading");

export default async function EraseContactPage({ params }: Props) {
  const { locale, slug, registrationId } = await params;
  setRequestLocale(locale);
  if (!idParam.safeParse(registrationId).success) notFound();
  const staff = await requireStaffPage(locale);
  const contact = await loadOrNotFound(getRegistrationContact(staff, slug, registrationId));
  const t = await getTranslations("admin");
  return (
    <div className="container container--narrow stack">
      <h1>{t("eraseContactTitle", { name: contact.name })}</h1>
      <p>{t("eraseContactText", { name: contact.name, reference: contact.reference })}</p>
      <CancelForm
        action={eraseContactAction.bind(null, { locale, slug, registrationId })}
        confirmLabel={t("eraseContactConfirm", { name: contact.name })}
        keepLink={<Link href={`/admin/events/${slug}/participants`}>{t("keep")}</Link>}
      />
    </div>
  );
}
