import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
import { createRegistration } from "@/lib/registrations/create-registration";
import { limitRegistrationSubmits } from "@/lib/registrations/limit-registration-submits";
import { registrationInput } from "@/lib/validation/registration";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { stayGiven } from "@/lib/stay/stay-values";
import type { DraftData } from "./draft-data";

/** The draft as the registration the API would receive: the same schema judges both. */
export function draftToRegistrationInput(
  draft: { id: string; eventId: string; data: DraftData },
  locale: AppLocale,
) {
  const { data } = draft;
  return {
    idempotencyKey: draft.id,
    locale,
    organisation:
      data.organisation.kind === "observer"
        ? { kind: "observer", name: data.organisation.name }
        : { kind: data.organisation.kind, id: data.organisation.id },
    ...(data.invitationToken ? { invitationToken: data.invitationToken } : {}),
    contact: data.contact,
    privacyConsent: data.privacyConsent,
    delegates: data.delegates.map((delegate) => ({
      name: delegate.name,
      email: delegate.email,
      title: delegate.title,
      phone: delegate.phone,
      activityIds: delegate.activityIds,
      isVotingDelegate: data.votingDelegateKey === delegate.key,
      dietChoices: delegate.dietChoices,
      dietOther: delegate.dietOther,
      allergies: delegate.allergies,
      accessibilityNeeds: delegate.accessibilityNeeds,
      // Only answers to the meeting's own questions and to activities still chosen are sent.
      answers: Object.fromEntries(
        Object.entries(delegate.answers).filter(
          ([id]) => id === draft.eventId || delegate.activityIds.includes(id),
        ),
      ),
      listConsent: delegate.listConsent,
      ...(stayGiven(delegate.stay) ? { stay: delegate.stay } : {}),
    })),
  };
}

/**
 * Submits a draft as a registration. The draft's id is the idempotency key, so a double click or
 * a retry after a timeout ends at the same registration.
 */
export async function submitRegistrationDraft(
  draft: { id: string; eventId: string; eventSlug: string; data: DraftData },
  locale: AppLocale,
  clientAddress: string,
) {
  const parsed = registrationInput.safeParse(draftToRegistrationInput(draft, locale));
  if (!parsed.success) throw new AppError("validation", "invalid registration", toFieldIssues(parsed.error));
  // Counted per client before anything is written, as the API counts its submits.
  await limitRegistrationSubmits(clientAddress);
  const result = await createRegistration({ ...parsed.data, eventSlug: draft.eventSlug });
  // The registration now holds the data; the draft keeps only the link to it, not a second copy.
  await db.registrationDraft.update({
    where: { id: draft.id },
    data: { registrationId: result.summary.id, data: {} },
  });
  return result;
}
