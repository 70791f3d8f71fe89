import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeEvent, type Staff } from "@/lib/auth/staff-session";
import type { ManageAccess } from "@/lib/registrations/manage-access";

type MandateFile = { fileName: string; data: Uint8Array };

async function fileOf(eventId: string, organisationId: string): Promise<MandateFile> {
  const mandate = await db.mandate.findUnique({
    where: { eventId_organisationId: { eventId, organisationId } },
    select: { fileName: true, data: true },
  });
  if (!mandate?.data || !mandate.fileName) throw new AppError("not_found", "no uploaded mandate");
  return { fileName: mandate.fileName, data: mandate.data };
}

/** The member's uploaded mandate, for the contact of one of its registrations. */
export async function readContactMandateFile(access: ManageAccess): Promise<MandateFile> {
  if (access.kind !== "contact") throw new AppError("not_found", "not the contact's link");
  const registration = await db.registration.findUnique({
    where: { id: access.registrationId },
    select: { eventId: true, organisationId: true, status: true, approval: true },
  });
  if (!registration || registration.status !== "active" || registration.approval !== "approved")
    throw new AppError("not_found", "no registration");
  return fileOf(registration.eventId, registration.organisationId);
}

/** A member's uploaded mandate, for the meeting's staff (viewer role and up). */
export async function readStaffMandateFile(staff: Staff | null, slug: string, organisationId: string) {
  await authorizeEvent(staff, slug, "viewer");
  const event = await db.event.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return fileOf(event.id, organisationId);
}
