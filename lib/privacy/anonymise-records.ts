import "server-only";
import type { Tx } from "@/lib/db";
import { hashToken, newToken } from "@/lib/registrations/tokens";

// Anonymising keeps every row (so counts, capacity history and the fixed voting register stay
// true) but removes who it was: names, addresses, phone numbers, needs and visit details, the
// private links, and the values in the audit log's change records.
export const ANONYMISED_NAME = "Anonymiserad";
const address = (id: string) => `anonymiserad-${id}@invalid`;

/** Anonymises one attendee and everything stored about them, inside the caller's transaction. */
export async function anonymiseAttendeeInTx(tx: Tx, attendeeId: string) {
  const attendee = await tx.attendee.findUniqueOrThrow({
    where: { id: attendeeId },
    select: { email: true, eventId: true },
  });
  await tx.attendee.update({
    where: { id: attendeeId },
    data: {
      name: ANONYMISED_NAME,
      email: address(attendeeId),
      phone: null,
      title: "",
      dietChoices: [],
      dietOther: "",
      allergies: "",
      accessibilityNeeds: "",
      answers: {},
      manageTokenHash: hashToken(newToken()),
    },
  });
  await tx.signup.updateMany({ where: { attendeeId }, data: { answers: {} } });
  // A mandate naming the person (an uploaded one names them in its file too) goes with them.
  await tx.mandate.deleteMany({ where: { OR: [{ ombudId: attendeeId }, { substituteId: attendeeId }] } });
  // Whether they were sent the evaluation; their answer, if any, never named them.
  await tx.evaluationInvite.deleteMany({ where: { attendeeId } });
  // Their hotel nights and travel (times, flight numbers) go too.
  await tx.attendeeStay.deleteMany({ where: { attendeeId } });
  await tx.manageLink.deleteMany({ where: { attendeeId } });
  await scrubMail(tx, attendee.eventId, attendee.email, address(attendeeId));
  await tx.auditEntry.updateMany({
    where: { entityId: attendeeId },
    data: { changes: { anonymised: true } },
  });
}

/** Anonymises a registration's contact details, inside the caller's transaction. */
export async function anonymiseContactInTx(tx: Tx, registrationId: string) {
  const registration = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: { contactEmail: true, eventId: true },
  });
  await tx.registration.update({
    where: { id: registrationId },
    data: {
      contactName: ANONYMISED_NAME,
      contactEmail: address(registrationId),
      contactPhone: "",
      manageTokenHash: hashToken(newToken()),
    },
  });
  await scrubMail(tx, registration.eventId, registration.contactEmail, address(registrationId));
  await tx.auditEntry.updateMany({
    where: { entityId: registrationId },
    data: { changes: { anonymised: true } },
  });
  await tx.registrationDraft.deleteMany({ where: { registrationId } });
  await tx.manageLink.deleteMany({ where: { registrationId, attendeeId: null } });
}

/** Mail to the person: the address and contents go; a mail not yet sent is not sent at all. */
async function scrubMail(tx: Tx, eventId: string, email: string, replacement: string) {
  await tx.outboxEmail.updateMany({
    where: { eventId, recipient: email, status: { in: ["pending", "failed"] } },
    data: { status: "failed", lastError: "Not sent: the recipient's data was erased" },
  });
  await tx.outboxEmail.updateMany({
    where: { eventId, recipient: email },
    data: { recipient: replacement, payload: {} },
  });
}
