import "server-only";
import { db } from "@/lib/db";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { registrationStanding, type RegistrationStanding } from "@/lib/registrations/registration-standing";
import type { DraftData } from "./draft-data";

/**
 * What the registration will be once sent: counting for the organisation at once, or waiting for
 * approval and why, by the same rule the submit applies. Shown on the review step so nobody
 * learns it only afterwards.
 */
export async function previewDraftStanding(
  eventSlug: string,
  data: DraftData,
): Promise<RegistrationStanding> {
  const { organisation: choice } = data;
  const [invitation, organisation] = await Promise.all([
    findInvitation(eventSlug, data.invitationToken),
    choice.kind === "member"
      ? db.organisation.findFirst({ where: { id: choice.id || undefined, isMember: true } })
      : db.organisation.findFirst({
          where: { name: { equals: choice.name.trim(), mode: "insensitive" } },
          orderBy: { isMember: "desc" },
        }),
  ]);
  return registrationStanding({
    organisation: { emailDomains: organisation?.emailDomains ?? [] },
    isNewOrganisation: !organisation,
    invited: invitation !== null && invitation.organisationId === organisation?.id,
    contactEmail: data.contact.email.trim().toLowerCase(),
  });
}
