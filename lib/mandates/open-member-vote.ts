import "server-only";
import { queriesIn, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import type { ManageAccess } from "@/lib/registrations/manage-access";

/**
 * Who speaks for a member's vote at the annual meeting: the contact of one of its approved
 * registrations through their private link, or the meeting's staff naming the member.
 */
export type VoteActor =
  | { kind: "contact"; access: ManageAccess }
  | { kind: "staff"; staff: Staff | null; slug: string; organisationId: string }
  // A contact of the register, through a mandate request's one-time link already checked.
  | { kind: "register-contact"; eventId: string; organisationId: string; email: string };

export type MemberVote = {
  event: { id: string; slug: string; changeDeadline: Date; contactEmail: string };
  meeting: { id: string; startsAt: Date };
  organisation: { id: string; name: string };
  actor: Actor;
  /** The contact's or the staff member's e-mail address, for the mandate's record. */
  email: string;
  /** Active attendees of the member's approved registrations who are confirmed for the annual meeting. */
  candidates: { id: string; name: string; isVotingDelegate: boolean; isSubstitute: boolean }[];
  /** The member's ombud and substitute now, whether or not they still attend the meeting. */
  ombud: { id: string; name: string } | null;
  substitute: { id: string; name: string } | null;
};

const notFound = () => new AppError("not_found", "no vote to speak for");

/**
 * Opens a member's vote for a change in the caller's transaction, with the member's row locked so
 * that two changes of ombud or substitute follow one another. A contact changes persons until the
 * change deadline (`personChange`), a mandate until the annual meeting starts; staff at any time.
 */
export async function openMemberVote(
  tx: Tx,
  actor: VoteActor,
  options: { now: Date; personChange: boolean },
): Promise<MemberVote> {
  let eventId: string;
  let organisationId: string;
  let who: { actor: Actor; email: string };
  if (actor.kind === "staff") {
    const event = await tx.event.findUnique({ where: { slug: actor.slug }, select: { id: true } });
    if (!event) throw notFound();
    await requireEventRole(actor.staff, event.id, "staff");
    eventId = event.id;
    organisationId = actor.organisationId;
    who = { actor: { type: "staff", id: actor.staff!.userId }, email: actor.staff!.email };
  } else if (actor.kind === "register-contact") {
    eventId = actor.eventId;
    organisationId = actor.organisationId;
    who = { actor: { type: "contact", id: null }, email: actor.email };
  } else {
    if (actor.access.kind !== "contact") throw notFound();
    const registration = await tx.registration.findUnique({
      where: { id: actor.access.registrationId },
      select: { eventId: true, organisationId: true, status: true, approval: true, contactEmail: true },
    });
    if (!registration || registration.status !== "active") throw notFound();
    // A registration awaiting approval holds no vote, so it names no one for it.
    if (registration.approval !== "approved")
      throw new AppError("forbidden", "awaiting approval", [], {}, "votePendingApproval");
    eventId = registration.eventId;
    organisationId = registration.organisationId;
    who = { actor: { type: "contact", id: actor.access.registrationId }, email: registration.contactEmail };
  }
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      changeDeadline: true,
      contactEmail: true,
      status: true,
      activities: {
        where: { kind: "annual_meeting", cancelledAt: null },
        select: { id: true, startsAt: true },
      },
    },
  });
  const meeting = event.activities[0];
  if (!meeting || event.status === "archived") throw notFound();
  if (actor.kind !== "staff") {
    const closes = options.personChange ? event.changeDeadline : meeting.startsAt;
    if (closes <= options.now) throw new AppError("change_deadline_passed", "too late to change");
  }
  await queriesIn(tx)
    .selectFrom("Organisation")
    .select("id")
    .where("id", "=", organisationId)
    .forUpdate()
    .execute();
  const member = await memberOf(tx, eventId, organisationId);
  if (!member) throw notFound();
  const candidates = await tx.attendee.findMany({
    where: {
      eventId,
      organisationId,
      status: "active",
      registration: { status: "active", approval: "approved" },
      signups: { some: { activityId: meeting.id, status: "confirmed" } },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, isVotingDelegate: true, isSubstitute: true },
  });
  const holders = await tx.attendee.findMany({
    where: {
      eventId,
      organisationId,
      status: "active",
      OR: [{ isVotingDelegate: true }, { isSubstitute: true }],
    },
    select: { id: true, name: true, isVotingDelegate: true },
  });
  const holder = (voting: boolean) => {
    const found = holders.find((person) => person.isVotingDelegate === voting);
    return found ? { id: found.id, name: found.name } : null;
  };
  return {
    ombud: holder(true),
    substitute: holder(false),
    event: {
      id: event.id,
      slug: event.slug,
      changeDeadline: event.changeDeadline,
      contactEmail: event.contactEmail,
    },
    meeting,
    organisation: member,
    ...who,
    candidates,
  };
}

/** The member as the meeting holds it: from its membership once published, the register before. */
export async function memberOf(tx: Tx, eventId: string, organisationId: string) {
  const held = await tx.eventMembership.findFirst({
    where: { eventId },
    select: { organisationId: true },
  });
  if (held) {
    const row = await tx.eventMembership.findUnique({
      where: { eventId_organisationId: { eventId, organisationId } },
      select: { name: true },
    });
    return row ? { id: organisationId, name: row.name } : null;
  }
  const organisation = await tx.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, isMember: true },
  });
  return organisation?.isMember ? { id: organisation.id, name: organisation.name } : null;
}
