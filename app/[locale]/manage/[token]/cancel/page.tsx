import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/components/ui/localised-link";
import { CancelForm } from "@/components/manage/cancel-form";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import { loadManageView } from "@/lib/pages/load-manage-view";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { confirmCancellation } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; token: string }> };

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

export default async function CancelRegistrationPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const loaded = await loadManageView(token);
  if (!loaded.ok) return <TooManyAttempts minutes={loaded.retryAfterMinutes} />;
  // Only the contact cancels the whole registration; an attendee's link does not open this page.
  if (loaded.view.access.kind !== "contact") notFound();
  const t = await getTranslations("manage");
  const { registration } = loaded.view;
  const count = registration.attendees.filter((attendee) => attendee.status === "active").length;
  return (
    <div className="container container--narrow stack">
      <h1>{t("cancelRegistrationTitle")}</h1>
      <p>{t("cancelRegistrationText", { count, reference: registration.reference })}</p>
      <CancelForm
        action={confirmCancellation.bind(null, { locale, token, eventSlug: loaded.view.event.slug })}
        confirmLabel={t("cancelRegistrationConfirm")}
        keepLink={<Link href={`/manage/${token}`}>{t("keep")}</Link>}
      />
    </div>
  );
}
