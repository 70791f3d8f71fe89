import "server-only";
import { db } from "@/lib/db";
import { authorizeEvent, type Staff } from "@/lib/auth/staff-session";
import { readLiveRegister } from "./read-live-register";

/** The live register and every fixed version, for staff with at least the viewer role. */
export async function getVotingRegister(staff: Staff | null, slug: string) {
  const role = await authorizeEvent(staff, slug, "viewer");
  const event = await db.event.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const [live, membership, versions] = await Promise.all([
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
  ]);
  return { role, live, versions, membershipTakenAt: membership?.takenAt ?? null };
}
