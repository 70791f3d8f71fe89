import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";

/** An upper bound on one page of the list: more would be a sign of abuse, not of a meeting. */
const MAX_LISTED = 200;

/**
 * The registrations of an event awaiting approval, oldest first, with what staff need to decide:
 * who registered, from which address, why it waits, who asks for the vote, which places wait.
 */
export async function listPendingRegistrations(staff: Staff | null, slug: string, only?: { id: string }) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "viewer");
  const rows = await db.registration.findMany({
    where: { eventId: event.id, status: "active", approval: "pending", ...(only ? { id: only.id } : {}) },
    orderBy: { createdAt: "asc" },
    take: MAX_LISTED,
    select: {
      id: true,
      reference: true,
      contactName: true,
      contactEmail: true,
      pendingReasons: true,
      createdAt: true,
      organisation: { select: { name: true, isMember: true } },
      attendees: {
        where: { status: "active" },
        orderBy: { createdAt: "asc" },
        select: {
          name: true,
          votePending: true,
          signups: {
            where: { status: "pending" },
            select: { activity: { select: { nameSv: true, nameEn: true } } },
          },
        },
      },
    },
  });
  return {
    role,
    eventId: event.id,
    registrations: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      organisation: row.organisation,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      reasons: row.pendingReasons,
      createdAt: row.createdAt,
      people: row.attendees.length,
      askingVote: row.attendees.find((attendee) => attendee.votePending)?.name ?? null,
      heldPlaces: row.attendees.flatMap((attendee) =>
        attendee.signups.map((signup) => ({
          person: attendee.name,
          activity: { sv: signup.activity.nameSv, en: signup.activity.nameEn },
        })),
      ),
    })),
  };
}
