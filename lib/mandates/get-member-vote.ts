import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeEvent, type Staff } from "@/lib/auth/staff-session";
import type { ManageAccess } from "@/lib/registrations/manage-access";
import { readLiveRegister } from "@/lib/voting-register/read-live-register";
import type { MandateStanding } from "./mandate-standing";

export type MemberVoteView = {
  organisationId: string;
  organisation: string;
  votes: number;
  /** When the annual meeting starts: a contact uploads the mandate until then. */
  meetingStartsAt: Date;
  ombud: { id: string; name: string } | null;
  substitute: { id: string; name: string } | null;
  /** The member's people confirmed for the annual meeting, who may be named. */
  candidates: { id: string; name: string }[];
  standing: MandateStanding;
  mandate: {
    kind: "upload" | "confirmation";
    fileName: string | null;
    ombudName: string;
    substituteName: string | null;
    recordedBy: string;
    recordedAt: Date;
  } | null;
};

/** A member's ombud, substitute and mandate at the meeting, and who may be named; null when it holds no vote there. */
async function readMemberVote(eventId: string, organisationId: string): Promise<MemberVoteView | null> {
  const row = (await readLiveRegister(eventId)).find((member) => member.organisationId === organisationId);
  if (!row) return null;
  const [meeting, candidates, mandate] = await Promise.all([
    db.activity.findFirst({
      where: { eventId, kind: "annual_meeting", cancelledAt: null },
      select: { startsAt: true },
    }),
    db.attendee.findMany({
      where: {
        eventId,
        organisationId,
        status: "active",
        registration: { status: "active", approval: "approved" },
        signups: { some: { status: "confirmed", activity: { kind: "annual_meeting", cancelledAt: null } } },
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.mandate.findUnique({
      where: { eventId_organisationId: { eventId, organisationId } },
      select: {
        kind: true,
        fileName: true,
        ombudName: true,
        substituteName: true,
        recordedBy: true,
        recordedAt: true,
      },
    }),
  ]);
  if (!meeting) return null;
  const person = (held: { id: string; name: string } | null) =>
    held ? { id: held.id, name: held.name } : null;
  return {
    organisationId,
    organisation: row.organisation,
    votes: row.votes,
    meetingStartsAt: meeting.startsAt,
    ombud: person(row.ombud),
    substitute: person(row.substitute),
    candidates,
    standing: row.mandate,
    mandate,
  };
}

/**
 * The member's vote as the contact of one of its approved registrations sees it; null when the
 * meeting has no annual meeting or the organisation holds no vote at it.
 */
export async function getContactMemberVote(access: ManageAccess): Promise<MemberVoteView | null> {
  if (access.kind !== "contact") return null;
  const registration = await db.registration.findUnique({
    where: { id: access.registrationId },
    select: {
      eventId: true,
      organisationId: true,
      status: true,
      approval: true,
      event: {
        select: {
          activities: { where: { kind: "annual_meeting", cancelledAt: null }, select: { id: true } },
        },
      },
    },
  });
  if (!registration || registration.status !== "active" || registration.approval !== "approved") return null;
  if (registration.event.activities.length === 0) return null;
  return readMemberVote(registration.eventId, registration.organisationId);
}

/** The member's vote for the meeting's staff (viewer role and up). */
export async function getStaffMemberVote(staff: Staff | null, slug: string, organisationId: string) {
  const role = await authorizeEvent(staff, slug, "viewer");
  const event = await db.event.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const vote = await readMemberVote(event.id, organisationId);
  if (!vote) throw new AppError("not_found", "no such member");
  return { role, vote };
}
