import "server-only";
import { db } from "@/lib/db";
import { authorizeEvent, type Staff } from "@/lib/auth/staff-session";
import { readLiveRegister } from "./read-live-register";

/**
 * The live register, every fixed version, and who attends the annual meeting without a vote
 * (observers, and members' people who are neither ombud nor substitute), for staff with at least
 * the viewer role.
 */
export async function getVotingRegister(staff: Staff | null, slug: string) {
  const role = await authorizeEvent(staff, slug, "viewer");
  const event = await db.event.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const [live, membership, versions, withoutVote] = await Promise.all([
    readLiveRegister(event.id),
    db.eventMembership.findFirst({ where: { eventId: event.id }, select: { takenAt: true } }),
    db.votingRegister.findMany({
      where: { eventId: event.id },
      orderBy: { version: "desc" },
      select: {
        version: true,
        fixedAt: true,
        fixedBy: true,
        reason: true,
        totalVotes: true,
        _count: { select: { entries: true } },
      },
    }),
    db.signup.findMany({
      where: {
        eventId: event.id,
        status: "confirmed",
        activity: { kind: "annual_meeting" },
        attendee: { status: "active", isVotingDelegate: false, isSubstitute: false },
      },
      orderBy: [{ attendee: { organisation: { name: "asc" } } }, { attendee: { name: "asc" } }],
      select: {
        checkedInAt: true,
        attendee: {
          select: { id: true, name: true, organisation: { select: { name: true, isMember: true } } },
        },
      },
    }),
  ]);
  return {
    role,
    live,
    versions,
    membershipTakenAt: membership?.takenAt ?? null,
    withoutVote: withoutVote.map((signup) => ({
      id: signup.attendee.id,
      name: signup.attendee.name,
      organisation: signup.attendee.organisation.name,
      observer: !signup.attendee.organisation.isMember,
      checkedInAt: signup.checkedInAt,
    })),
  };
}
