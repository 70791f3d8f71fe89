import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { personRecords } from "./person-records";

/**
 * Everything stored about a registration's contact person (GDPR art. 15), who need not be a
 * delegate: their details, the privacy statement they agreed to, the mails sent to them and the
 * registration's history. Admins only; the export itself is audited.
 */
export async function exportContact(
  staff: Staff | null,
  slug: string,
  registrationId: string,
  now = new Date(),
) {
  const registration = await db.registration.findUnique({
    where: { id: registrationId },
    include: {
      event: { select: { id: true, slug: true, nameSv: true, nameEn: true } },
      organisation: { select: { name: true } },
    },
  });
  if (!registration || registration.event.slug !== slug)
    throw new AppError("not_found", "no such registration");
  await requireEventRole(staff, registration.eventId, "admin");
  const { emails, history } = await personRecords({
    eventId: registration.eventId,
    email: registration.contactEmail,
    entityType: "Registration",
    entityId: registrationId,
    action: "registration.contact-exported",
    actor: { type: "staff", id: staff!.userId },
  });
  return {
    exportedAt: now.toISOString(),
    event: {
      slug: registration.event.slug,
      name: { sv: registration.event.nameSv, en: registration.event.nameEn },
    },
    contact: {
      name: registration.contactName,
      email: registration.contactEmail,
      phone: registration.contactPhone,
      organisation: registration.organisation.name,
      language: registration.locale,
    },
    registration: {
      reference: registration.reference,
      status: registration.status,
      registeredAt: registration.createdAt,
      cancelledAt: registration.cancelledAt,
      privacyConsent: { at: registration.consentAt, text: registration.consentText },
    },
    emails,
    history,
  };
}
