import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { invitationTokenHash } from "./invitation-token";

/** Invitations handled by one action: more contacts than the register can hold are not sent at once. */
export const MAX_INVITATIONS_PER_ACTION = 1000;

/**
 * The invitation of every contact of these organisations to the event, made where missing, with
 * the contact's address and language. An invitation is one per event, organisation and address,
 * so running this twice makes nothing twice.
 */
export async function ensureInvitations(tx: Tx, eventId: string, organisationIds: string[]) {
  const contacts = await tx.memberContact.findMany({
    where: { organisationId: { in: organisationIds } },
    orderBy: [{ organisationId: "asc" }, { createdAt: "asc" }],
    take: MAX_INVITATIONS_PER_ACTION,
  });
  const existing = await tx.invitation.findMany({
    where: { eventId, organisationId: { in: organisationIds } },
    select: { id: true, organisationId: true, email: true },
  });
  const known = new Map(existing.map((row) => [`${row.organisationId} ${row.email}`, row]));
  const created: string[] = [];
  const rows = [];
  for (const contact of contacts) {
    let invitation = known.get(`${contact.organisationId} ${contact.email}`);
    if (!invitation) {
      const id = randomUUID();
      invitation = { id, organisationId: contact.organisationId, email: contact.email };
      await tx.invitation.create({
        data: {
          id,
          eventId,
          organisationId: contact.organisationId,
          contactId: contact.id,
          email: contact.email,
          tokenHash: invitationTokenHash(id),
        },
      });
      known.set(`${contact.organisationId} ${contact.email}`, invitation);
      created.push(id);
    }
    rows.push({ ...invitation, locale: contact.locale, isNew: created.includes(invitation.id) });
  }
  return rows;
}
