import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Staff } from "@/lib/auth/staff-session";
import type { ManageAccess } from "@/lib/registrations/manage-access";

/**
 * Staff acting on an attendee's registration go through the same services as the private links;
 * this names them as the actor. The services check the staff role at the attendee's event.
 */
export async function staffAccessToAttendee(staff: Staff | null, attendeeId: string): Promise<ManageAccess> {
  if (!staff) throw new AppError("unauthorized", "not signed in");
  const attendee = await db.attendee.findUnique({
    where: { id: attendeeId },
    select: { registrationId: true, eventId: true },
  });
  if (!attendee) throw new AppError("not_found", "no such attendee");
  return { kind: "staff", userId: staff.userId, email: staff.email, ...attendee };
}
