import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { mandateStanding, type MandateStanding } from "@/lib/mandates/mandate-standing";

export type RegisterPerson = { id: string; name: string; checkedInAt: Date | null };

export type LiveRegisterRow = {
  organisationId: string;
  organisation: string;
  votes: number;
  ombud: RegisterPerson | null;
  substitute: RegisterPerson | null;
  /** Who votes: the one checked in (see `role`), or the ombud while nobody is. */
  delegate: string | null;
  role: "ombud" | "substitute";
  /** When the one who votes was checked in at the annual meeting; null while absent. */
  checkedInAt: Date | null;
  mandate: MandateStanding;
};

const NO_ACTIVITY = "00000000-0000-0000-0000-000000000000";

/**
 * Every member organisation with its ombud and substitute and who of them votes: the ombud when
 * checked in at the annual meeting, otherwise the substitute when checked in there. The register
 * as it stands now, before staff fix it.
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
        where: { eventId, status: "active", OR: [{ isVotingDelegate: true }, { isSubstitute: true }] },
        select: {
          id: true,
          name: true,
          isVotingDelegate: true,
          signups: {
            where: { activityId: meeting?.id ?? NO_ACTIVITY, status: "confirmed" },
            select: { checkedInAt: true },
          },
        },
      },
      mandates: { where: { eventId }, select: { kind: true, ombudId: true, substituteId: true } },
    },
  });
  const held = new Map(snapshot.map((row) => [row.organisationId, row]));
  const rows = organisations.map((organisation): LiveRegisterRow => {
    const member = { ...organisation, ...(held.get(organisation.id) ?? {}) };
    const person = (voting: boolean): RegisterPerson | null => {
      const attendee = member.attendees.find((row) => row.isVotingDelegate === voting);
      return attendee
        ? { id: attendee.id, name: attendee.name, checkedInAt: attendee.signups[0]?.checkedInAt ?? null }
        : null;
    };
    const ombud = person(true);
    const substitute = person(false);
    const substituteVotes = !ombud?.checkedInAt && Boolean(substitute?.checkedInAt);
    const voter = substituteVotes ? substitute : ombud;
    return {
      organisationId: organisation.id,
      organisation: member.name,
      votes: member.votes,
      ombud,
      substitute,
      delegate: voter?.name ?? null,
      role: substituteVotes ? "substitute" : "ombud",
      checkedInAt: voter?.checkedInAt ?? null,
      mandate: mandateStanding(member.mandates[0] ?? null, ombud, substitute),
    };
  });
  return rows.sort((a, b) => a.organisation.localeCompare(b.organisation, "sv"));
}
