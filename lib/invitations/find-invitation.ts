import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/registrations/tokens";
import { INVITATION_TOKEN } from "@/lib/validation/registration";

export type FoundInvitation = { organisationId: string; organisationName: string; isMember: boolean };

/** The invitation to this event a link's token belongs to, or null (malformed, unknown, another event). */
export async function findInvitation(eventSlug: string, token: unknown): Promise<FoundInvitation | null> {
  if (typeof token !== "string" || !INVITATION_TOKEN.test(token)) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      event: { select: { slug: true } },
      organisation: { select: { id: true, name: true, isMember: true } },
    },
  });
  if (!invitation || invitation.event.slug !== eventSlug) return null;
  return {
    organisationId: invitation.organisation.id,
    organisationName: invitation.organisation.name,
    isMember: invitation.organisation.isMember,
  };
}
