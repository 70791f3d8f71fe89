import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

export type LiveRegisterRow = {
  organisation: string;
  votes: number;
  delegate: string | null;
  /** When the voting delegate was checked in at the annual meeting; null while absent. */
  checkedInAt: Date | null;
};

/**
 * Every member organisation with its voting delegate and whether that delegate has been checked
 * in at the annual meeting: the register as it stands now, before staff fix it.
 */
export async function readLiveRegister(
  eventId: string,
  client: Tx | typeof db = db,
): Promise<LiveRegisterRow[]> {
  const meeting = await client.activity.findFirst({
    where: { eventId, kind: "annual_meeting" },
    select: { id: true },
  });
  // The membership the meeting is held under, once published; the register itself before that.
  const snapshot = await client.eventMembership.findMany({
    where: { eventId },
    select: { organisationId: true, name: true, votes: true },
  });
  const organisations = await client.organisation.findMany({
    where:
      snapshot.length > 0 ? { id: { in: snapshot.map((row) => row.organisationId) } } : { isMember: true },
    select: {
      id: true,
      name: true,
      votes: true,
      attendees: {
        where: { eventId, status: "active", isVotingDelegate: true },
        select: {
          name: true,
          signups: {
            where: { activityId: meeting?.id ?? "00000000-0000-0000-0000-000000000000", status: "confirmed" },
            select: { checkedInAt: true },
          },
        },
      },
    },
  });
  const held = new Map(snapshot.map((row) => [row.organisationId, row]));
  const members = organisations.map((organisation) => ({
    ...organisation,
    ...(held.get(organisation.id) ?? {}),
  }));
  return members.map((member) => {
    const delegate = member.attendees[0];
    return {
      organisation: member.name,
      votes: member.votes,
      delegate: delegate?.name ?? null,
      checkedInAt: delegate?.signups[0]?.checkedInAt ?? null,
    };
  });
}
