import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/audit/write-audit-entry";
import { requireEventRole } from "@/lib/auth/staff-session";
import { hashToken } from "./tokens";
import { assertTokenAttemptsLeft, recordTokenMiss } from "@/lib/rate-limit/token-misses";

/** What a private link opens: the contact's whole registration, or one attendee's own place. */
export type ManageAccess =
  | { kind: "contact"; registrationId: string; eventId: string }
  | { kind: "attendee"; attendeeId: string; registrationId: string; eventId: string }
  // Host staff acting on a registration from the admin area; their role is checked in loadForChange.
  | { kind: "staff"; userId: string; email: string; registrationId: string; eventId: string };

/** The access a manage link's token grants, or null for an unknown token. */
export async function resolveManageToken(token: string): Promise<ManageAccess | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const tokenHash = hashToken(token);
  const registration = await db.registration.findUnique({
    where: { manageTokenHash: tokenHash },
    select: { id: true, eventId: true },
  });
  if (registration)
    return { kind: "contact", registrationId: registration.id, eventId: registration.eventId };
  const attendee = await db.attendee.findUnique({
    where: { manageTokenHash: tokenHash },
    select: { id: true, registrationId: true, eventId: true },
  });
  if (attendee)
    return {
      kind: "attendee",
      attendeeId: attendee.id,
      registrationId: attendee.registrationId,
      eventId: attendee.eventId,
    };
  // A link a later mail carried (issue-manage-link.ts).
  const issued = await db.manageLink.findUnique({
    where: { tokenHash },
    select: { registrationId: true, attendeeId: true, registration: { select: { eventId: true } } },
  });
  if (!issued) return null;
  const { registrationId, attendeeId } = issued;
  const eventId = issued.registration.eventId;
  return attendeeId
    ? { kind: "attendee", attendeeId, registrationId, eventId }
    : { kind: "contact", registrationId, eventId };
}

/**
 * The access a private link grants to a request from `clientAddress`, which is refused for a
 * while after too many unknown links (see token-misses.ts).
 */
export async function resolveManageTokenFrom(
  token: string,
  clientAddress: string,
): Promise<ManageAccess | null> {
  await assertTokenAttemptsLeft("manage-token", clientAddress);
  const access = await resolveManageToken(token);
  if (!access) await recordTokenMiss("manage-token", clientAddress);
  return access;
}

export function actorOf(access: ManageAccess): Actor {
  if (access.kind === "staff") return { type: "staff", id: access.userId };
  return access.kind === "contact"
    ? { type: "contact", id: access.registrationId }
    : { type: "attendee", id: access.attendeeId };
}

export function mayManageAttendee(access: ManageAccess, attendeeId: string) {
  return access.kind !== "attendee" || access.attendeeId === attendeeId;
}

/**
 * Loads what a change through a private link needs, refusing when the link does not cover the
 * attendee, the registration is cancelled, or the event's change deadline has passed.
 */
export async function loadForChange(tx: Tx, access: ManageAccess, now: Date, attendeeId?: string) {
  if (attendeeId && !mayManageAttendee(access, attendeeId))
    throw new AppError("not_found", "attendee not covered by link");
  const registration = await tx.registration.findUnique({
    where: { id: access.registrationId },
    include: { event: true, organisation: true },
  });
  if (!registration || registration.status !== "active")
    throw new AppError("not_found", "registration not active");
  if (access.kind === "staff") {
    // Staff may change registrations after the public deadline, but only with the staff role here.
    await requireEventRole({ userId: access.userId, email: access.email }, registration.eventId, "staff");
  } else if (registration.event.changeDeadline <= now) {
    throw new AppError("change_deadline_passed", "change deadline passed");
  }
  if (!attendeeId) return { registration, attendee: null };
  const attendee = await tx.attendee.findFirst({
    where: { id: attendeeId, registrationId: registration.id, status: "active" },
    include: { signups: true },
  });
  if (!attendee) throw new AppError("not_found", "attendee not found");
  return { registration, attendee };
}
