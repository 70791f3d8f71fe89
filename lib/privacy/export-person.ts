import "server-only";
import { nightOf } from "@/lib/stay/meeting-nights";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { personRecords } from "./person-records";

/**
 * Everything stored about one person at one event, for a request for access (GDPR art. 15):
 * their details, choices and visit details, check-ins, the e-mails sent to them and the audit
 * log about them. Admins only; the export itself is audited.
 */
export async function exportPerson(staff: Staff | null, slug: string, attendeeId: string, now = new Date()) {
  const attendee = await db.attendee.findUnique({
    where: { id: attendeeId },
    include: {
      event: { select: { id: true, slug: true, nameSv: true, nameEn: true } },
      organisation: { select: { name: true } },
      registration: true,
      signups: { include: { activity: { select: { key: true, nameSv: true, nameEn: true } } } },
      stay: { include: { hotel: { select: { name: true } } } },
    },
  });
  if (!attendee || attendee.event.slug !== slug) throw new AppError("not_found", "no such attendee");
  await requireEventRole(staff, attendee.eventId, "admin");
  const { registration } = attendee;
  const wasContact = registration.contactEmail.toLowerCase() === attendee.email.toLowerCase();
  const { emails, history } = await personRecords({
    eventId: attendee.eventId,
    email: attendee.email,
    entityType: "Attendee",
    entityId: attendeeId,
    action: "attendee.data-exported",
    actor: { type: "staff", id: staff!.userId },
  });
  return {
    exportedAt: now.toISOString(),
    event: { slug: attendee.event.slug, name: { sv: attendee.event.nameSv, en: attendee.event.nameEn } },
    person: {
      name: attendee.name,
      email: attendee.email,
      phone: attendee.phone,
      title: attendee.title,
      organisation: attendee.organisation.name,
      status: attendee.status,
      language: attendee.locale,
      dietChoices: attendee.dietChoices,
      dietOther: attendee.dietOther,
      allergies: attendee.allergies,
      accessibilityNeeds: attendee.accessibilityNeeds,
      // Answers to the meeting's own questions, by question key.
      answers: attendee.answers,
      isVotingDelegate: attendee.isVotingDelegate,
      onParticipantList: attendee.listConsent,
      checkedInAt: attendee.checkedInAt,
      registeredAt: attendee.createdAt,
      cancelledAt: attendee.cancelledAt,
    },
    registration: {
      reference: registration.reference,
      registeredAt: registration.createdAt,
      privacyConsent: { at: registration.consentAt, text: registration.consentText },
      ...(wasContact
        ? {
            contact: {
              name: registration.contactName,
              email: registration.contactEmail,
              phone: registration.contactPhone,
            },
          }
        : {}),
    },
    signups: attendee.signups.map((signup) => ({
      activity: { key: signup.activity.key, sv: signup.activity.nameSv, en: signup.activity.nameEn },
      status: signup.status,
      visitDetails: signup.answers,
      checkedInAt: signup.checkedInAt,
    })),
    stay: attendee.stay && {
      hotel: attendee.stay.hotel?.name ?? null,
      nights: attendee.stay.nights.map(nightOf),
      arrival: {
        at: attendee.stay.arrivalAt,
        by: attendee.stay.arrivalMode,
        details: attendee.stay.arrivalDetails,
      },
      departure: {
        at: attendee.stay.departureAt,
        by: attendee.stay.departureMode,
        details: attendee.stay.departureDetails,
      },
    },
    emails,
    history,
  };
}
