import "server-only";
import { notFound, redirect } from "next/navigation";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { registrationWindow, type PublicEvent } from "@/lib/events/public-event";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  getRegistrationDraft,
  type RegistrationDraftView,
} from "@/lib/registration-drafts/get-registration-draft";

export type DraftStep =
  | { ok: true; event: PublicEvent; draft: RegistrationDraftView }
  | { ok: false; reason: "draftMissing" | "registrationUnavailable"; event: PublicEvent };

/**
 * What every step page after the first needs: the event, open for registration, and the draft.
 * An unknown event is not found and a submitted draft goes to its confirmation; a missing draft
 * or a closed registration is for the page to say.
 */
export async function loadDraftStep(locale: AppLocale, slug: string, draftId: string): Promise<DraftStep> {
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  const draft = await getRegistrationDraft(draftId, slug);
  if (!draft) return { ok: false, reason: "draftMissing", event };
  if (draft.registrationId)
    redirect(getPathname({ href: `/events/${slug}/register/${draft.id}/confirmation`, locale }));
  if (registrationWindow(event, new Date()) !== "open") {
    return { ok: false, reason: "registrationUnavailable", event };
  }
  return { ok: true, event, draft };
}
