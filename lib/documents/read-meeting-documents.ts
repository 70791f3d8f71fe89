import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeEvent, requireEventRole, type Staff } from "@/lib/auth/staff-session";
import type { ManageAccess } from "@/lib/registrations/manage-access";

const listed = {
  id: true,
  kind: true,
  titleSv: true,
  titleEn: true,
  fileName: true,
  publishedAt: true,
  visibility: true,
} as const;

export type DocumentListing = {
  id: string;
  kind: string;
  titleSv: string;
  titleEn: string;
  fileName: string;
  publishedAt: Date;
  visibility: "public" | "delegates";
};

/** The meeting's papers published by now for everyone. */
export async function listPublicDocuments(eventId: string, now = new Date()): Promise<DocumentListing[]> {
  return db.meetingDocument.findMany({
    where: { eventId, visibility: "public", publishedAt: { lte: now } },
    orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
    select: listed,
  });
}

/** Whether a private link is one of a registration still active at the meeting: it reads the delegates' papers. */
async function registeredAt(access: ManageAccess) {
  const registration = await db.registration.findUnique({
    where: { id: access.registrationId },
    select: { status: true, eventId: true },
  });
  return registration?.status === "active" ? registration.eventId : null;
}

/** The papers published by now, for someone registered through a private link: every one, delegates' too. */
export async function listDelegateDocuments(
  access: ManageAccess,
  now = new Date(),
): Promise<DocumentListing[]> {
  const eventId = await registeredAt(access);
  if (!eventId) return [];
  return db.meetingDocument.findMany({
    where: { eventId, publishedAt: { lte: now } },
    orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
    select: listed,
  });
}

type DocumentFile = { fileName: string; data: Uint8Array };

/** A published public paper of the meeting with this slug; anything else is not found. */
export async function readPublicDocument(
  slug: string,
  documentId: string,
  now = new Date(),
): Promise<DocumentFile> {
  const document = await db.meetingDocument.findFirst({
    where: {
      id: documentId,
      visibility: "public",
      publishedAt: { lte: now },
      event: { slug, status: { in: ["open", "closed", "archived"] } },
    },
    select: { fileName: true, data: true },
  });
  if (!document) throw new AppError("not_found", "no such document");
  return document;
}

/** A published paper of the link's meeting, for someone registered. */
export async function readDelegateDocument(access: ManageAccess, documentId: string, now = new Date()) {
  const eventId = await registeredAt(access);
  const document = eventId
    ? await db.meetingDocument.findFirst({
        where: { id: documentId, eventId, publishedAt: { lte: now } },
        select: { fileName: true, data: true },
      })
    : null;
  if (!document) throw new AppError("not_found", "no such document");
  return document;
}

/** Any paper of the meeting, published or not, for its staff (viewer and up). */
export async function readStaffDocument(staff: Staff | null, slug: string, documentId: string) {
  await authorizeEvent(staff, slug, "viewer");
  const document = await db.meetingDocument.findFirst({
    where: { id: documentId, event: { slug } },
    select: { fileName: true, data: true },
  });
  if (!document) throw new AppError("not_found", "no such document");
  return document;
}

/** The documents page for staff: every paper, the notice's timing and how its mails are going. */
export async function getDocumentsOverview(staff: Staff | null, slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, startsAt: true, status: true, noticeWeeksBefore: true, noticeSentAt: true },
  });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "viewer");
  const snapshot = await db.eventMembership.findMany({
    where: { eventId: event.id },
    select: { organisationId: true },
  });
  const [documents, delivery, contacts] = await Promise.all([
    db.meetingDocument.findMany({
      where: { eventId: event.id },
      orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
      select: listed,
    }),
    db.outboxEmail.groupBy({
      by: ["status"],
      where: { eventId: event.id, template: "meeting-notice" },
      _count: { _all: true },
    }),
    db.memberContact.count({
      where: {
        organisation:
          snapshot.length > 0
            ? { id: { in: snapshot.map((row) => row.organisationId) } }
            : { isMember: true },
      },
    }),
  ]);
  const count = (status: string) => delivery.find((row) => row.status === status)?._count._all ?? 0;
  return {
    role,
    documents,
    notice: {
      weeksBefore: event.noticeWeeksBefore,
      sendsAt: new Date(event.startsAt.getTime() - event.noticeWeeksBefore * 7 * 24 * 60 * 60 * 1000),
      sentAt: event.noticeSentAt,
      contacts,
      delivery: { sent: count("sent"), queued: count("pending") + count("sending"), failed: count("failed") },
    },
  };
}
