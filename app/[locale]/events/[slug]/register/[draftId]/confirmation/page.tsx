import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignupStatusList } from "@/components/registration/signup-status-list";
import { Link } from "@/components/ui/localised-link";
import type { AppLocale } from "@/lib/i18n/routing";
import { getRegistrationDraft } from "@/lib/registration-drafts/get-registration-draft";
import { getRegistrationSummary } from "@/lib/registrations/get-registration-summary";
import { describePendingReasons } from "@/lib/registrations/registration-standing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; draftId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registerForm.confirmation" });
  return { title: t("title"), referrer: "same-origin" };
}

export default async function ConfirmationPage({ params }: Props) {
  const { locale, slug, draftId } = await params;
  setRequestLocale(locale);
  const draft = await getRegistrationDraft(draftId, slug);
  const summary = draft?.registrationId ? await getRegistrationSummary(draft.registrationId) : null;
  if (!summary) notFound();
  const [t, te] = await Promise.all([
    getTranslations("registerForm.confirmation"),
    getTranslations("emails"),
  ]);
  return (
    <div className="container container--narrow stack">
      <div className="panel panel--confirmation">
        <h1>{t("title")}</h1>
        <p>
          {t("reference")}
          <br />
          <strong className="reference">{summary.reference}</strong>
        </p>
      </div>
      {summary.approval === "pending" && (
        <p className="notice">
          {t("pendingNotice", {
            reasons: describePendingReasons(summary.pendingReasons, locale, (reason) =>
              te(`pendingReasons.${reason}`),
            ),
          })}
        </p>
      )}
      <p>{t("emailNote", { email: summary.contact.email })}</p>
      <SignupStatusList attendees={summary.attendees} locale={locale} />
      <p>
        <Link href={`/events/${slug}`}>{t("backToEvent")}</Link>
      </p>
    </div>
  );
}
