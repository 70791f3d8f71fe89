import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { registrationWindow, type PublicEvent } from "@/lib/events/public-event";
import { Link } from "@/components/ui/localised-link";
import { getPathname } from "@/lib/i18n/navigation";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  getRegistrationDraft,
  type RegistrationDraftView,
} from "@/lib/registration-drafts/get-registration-draft";

export async function RegistrationUnavailable({ event, locale }: { event: PublicEvent; locale: AppLocale }) {
  const t = await getTranslations("registerForm");
  const window = registrationWindow(event, new Date());
  return (
    <div className="container container--narrow stack">
      <h1>{window === "not-open" ? t("notOpenTitle") : t("closedTitle")}</h1>
      <p>{t("closedText", { name: localised(event.name, locale), email: event.contactEmail })}</p>
      <p>
        <Link href={`/events/${event.slug}`}>
          {(await getTranslations("registerForm.confirmation"))("backToEvent")}
        </Link>
      </p>
    </div>
  );
}

async function DraftMissing({ slug }: { slug: string }) {
  const t = await getTranslations("registerForm");
  return (
    <div className="container container--narrow stack">
      <h1>{t("draftMissingTitle")}</h1>
      <p>{t("draftMissingText")}</p>
      <p>
        <Link href={`/events/${slug}/register`} className="button button--primary">
          {t("startAgain")}
        </Link>
      </p>
    </div>
  );
}

/**
 * What every step page after the first needs: the event, open for registration, and the draft.
 * A submitted draft goes to its confirmation; anything else wrong is said on the page.
 */
export async function loadDraftStep(
  locale: AppLocale,
  slug: string,
  draftId: string,
): Promise<
  { ok: true; event: PublicEvent; draft: RegistrationDraftView } | { ok: false; blocked: ReactNode }
> {
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  const draft = await getRegistrationDraft(draftId, slug);
  if (!draft) return { ok: false, blocked: <DraftMissing slug={slug} /> };
  if (draft.registrationId)
    redirect(getPathname({ href: `/events/${slug}/register/${draft.id}/confirmation`, locale }));
  if (registrationWindow(event, new Date()) !== "open") {
    return { ok: false, blocked: <RegistrationUnavailable event={event} locale={locale} /> };
  }
  return { ok: true, event, draft };
}
