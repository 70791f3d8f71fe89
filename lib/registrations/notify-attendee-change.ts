import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/audit/write-audit-entry";
import type { Locale } from "@/lib/generated/prisma/enums";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { issueManageLink } from "./issue-manage-link";

/**
 * The mails about a change to one attendee, in the change's transaction. The attendee's mail
 * carries their own private link (a new one: links are kept only as hashes); a change the contact
 * made through their link also goes to the contact, with theirs, unless the contact is that
 * attendee. A cancellation's mail has no link: there is nothing left to change.
 */
export async function notifyAttendeeChange(
  tx: Tx,
  input: {
    eventId: string;
    attendee: { id: string; email: string; locale: Locale; registrationId: string };
    template: "attendee-changed" | "attendee-cancelled" | "waitlist-promoted";
    activityId?: string;
    actor: Actor;
  },
) {
  const { attendee } = input;
  const manageToken =
    input.template === "attendee-cancelled"
      ? undefined
      : await issueManageLink(tx, { registrationId: attendee.registrationId, attendeeId: attendee.id });
  await enqueueEmail(tx, {
    eventId: input.eventId,
    recipient: attendee.email,
    locale: attendee.locale,
    template: input.template,
    payload: {
      attendeeId: attendee.id,
      ...(input.activityId ? { activityId: input.activityId } : {}),
      ...(manageToken ? { manageToken } : {}),
    },
  });
  if (input.actor.type !== "contact") return;
  const registration = await tx.registration.findUniqueOrThrow({
    where: { id: attendee.registrationId },
    select: { contactEmail: true, locale: true },
  });
  if (registration.contactEmail.toLowerCase() === attendee.email.toLowerCase()) return;
  await enqueueEmail(tx, {
    eventId: input.eventId,
    recipient: registration.contactEmail,
    locale: registration.locale,
    template: "registration-changed",
    payload: {
      registrationId: attendee.registrationId,
      manageToken: await issueManageLink(tx, { registrationId: attendee.registrationId }),
    },
  });
}
