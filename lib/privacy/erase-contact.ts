import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { anonymiseContactInTx } from "./anonymise-records";

/**
 * Erases a registration's contact person on their request: name, address and phone are
 * anonymised, the private link stops working and the mails to them are scrubbed. The delegates
 * keep their places; a contact who is also a delegate is erased as a person on their own page.
 * Admins only; audited.
 */
export async function eraseContact(staff: Staff | null, slug: string, registrationId: string) {
  await db.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { id: registrationId },
      select: { id: true, eventId: true, event: { select: { slug: true } } },
    });
    if (!registration || registration.event.slug !== slug)
      throw new AppError("not_found", "no such registration");
    await requireEventRole(staff, registration.eventId, "admin");
    await anonymiseContactInTx(tx, registrationId);
    await writeAuditEntry(tx, {
      eventId: registration.eventId,
      actor: { type: "staff", id: staff!.userId },
      action: "registration.contact-erased",
      entityType: "Registration",
      entityId: registrationId,
    });
  });
}
