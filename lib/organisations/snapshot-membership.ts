import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Takes the register's members, with their names and votes, as the membership the meeting is held
 * under, replacing an earlier one; in the caller's transaction. Returns how many members it holds.
 */
export async function snapshotMembership(tx: Tx, eventId: string): Promise<number> {
  await tx.eventMembership.deleteMany({ where: { eventId } });
  const members = await tx.organisation.findMany({
    where: { isMember: true },
    select: { id: true, name: true, votes: true },
  });
  await tx.eventMembership.createMany({
    data: members.map((member) => ({
      eventId,
      organisationId: member.id,
      name: member.name,
      votes: member.votes,
    })),
  });
  return members.length;
}
