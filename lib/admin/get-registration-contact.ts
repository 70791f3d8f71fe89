import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";

/** A registration's contact person as the erasure page names them; admins only. */
export async function getRegistrationContact(staff: Staff | null, slug: string, registrationId: string) {
  const registration = await db.registration.findUnique({
    where: { id: registrationId },
    select: {
      eventId: true,
      reference: true,
      contactName: true,
      event: { select: { slug: true } },
      organisation: { select: { name: true } },
    },
  });
  if (!registration || registration.event.slug !== slug)
    throw new AppError("not_found", "no such registration");
  await requireEventRole(staff, registration.eventId, "admin");
  return {
    reference: registration.reference,
    name: registration.contactName,
    organisation: registration.organisation.name,
  };
}
