import "server-only";
import { db, LOCKING_TRANSACTION, queriesIn, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry, type Actor } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { lockActivities, placeSignup, readActivityLoad } from "./activity-capacity";
import { issueManageLink } from "./issue-manage-link";
import { notifyAttendeeChange } from "./notify-attendee-change";

export type ApprovalOutcome = {
  reference: string;
  /** Who got the vote at this approval, if anyone asked for it and it was free. */
  voteGivenTo: string | null;
  /** Who already held the organisation's vote, when the one asked for could not have it. */
  voteHeldBy: string | null;
  /** Activities (Swedish names) that were full with no waiting list: those places were not given. */
  full: string[];
};

/** Gives the vote asked for when the organisation has none yet; otherwise says who holds it. */
async function settleVote(
  tx: Tx,
  registration: { id: string; eventId: string; organisationId: string; isMember: boolean },
) {
  const asking = await tx.attendee.findMany({
    where: { registrationId: registration.id, status: "active", votePending: true },
    orderBy: { createdAt: "asc" },
  });
  if (asking.length === 0) return { voteGivenTo: null, voteHeldBy: null };
  await tx.attendee.updateMany({ where: { registrationId: registration.id }, data: { votePending: false } });
  const holder = await tx.attendee.findFirst({
    where: {
      eventId: registration.eventId,
      organisationId: registration.organisationId,
      isVotingDelegate: true,
      status: "active",
    },
    select: { name: true },
  });
  if (holder || !registration.isMember) return { voteGivenTo: null, voteHeldBy: holder?.name ?? null };
  // The organisation's row is locked below, so no other approval gives its vote at the same time;
  // the one-voting-delegate index is the backstop.
  await tx.attendee.update({ where: { id: asking[0]!.id }, data: { isVotingDelegate: true } });
  return { voteGivenTo: asking[0]!.name, voteHeldBy: null };
}

/**
 * Approves a registration that arrived without the organisation's invitation: from now on it
 * speaks for the organisation. The voting delegate it named gets the vote if the organisation has
 * none; members-only places held as pending are placed under the activities' locks (a seat, the
 * waiting list, or nothing when full without one). The contact and every attendee whose places
 * changed get a mail. Event administrators only: approval can give a vote.
 */
export async function approveRegistration(
  staff: Staff | null,
  eventSlug: string,
  registrationId: string,
): Promise<ApprovalOutcome> {
  const event = await db.event.findUnique({ where: { slug: eventSlug }, select: { id: true } });
  if (!event) throw new AppError("not_found", "no such event");
  const eventId = event.id;
  await requireEventRole(staff, eventId, "admin");
  const actor: Actor = { type: "staff", id: staff!.userId };
  return db.$transaction(async (tx) => {
    const queries = queriesIn(tx);
    // The organisation first, then the registration: every approval for it queues here.
    const found = await queries
      .selectFrom("Registration as r")
      .innerJoin("Organisation as o", "o.id", "r.organisationId")
      .select([
        "r.id",
        "r.eventId",
        "r.organisationId",
        "r.status",
        "r.approval",
        "r.reference",
        "r.contactEmail",
        "r.locale",
        "o.isMember",
        "o.name",
      ])
      .where("r.id", "=", registrationId)
      .where("r.eventId", "=", eventId)
      .execute();
    const registration = found[0];
    if (!registration) throw new AppError("not_found", "no such registration");
    await queries
      .selectFrom("Organisation")
      .select("id")
      .where("id", "=", registration.organisationId)
      .forUpdate()
      .execute();
    const [current] = await queries
      .selectFrom("Registration")
      .select(["status", "approval"])
      .where("id", "=", registrationId)
      .forUpdate()
      .execute();
    if (current!.status !== "active")
      throw new AppError("conflict", "registration cancelled", [], {}, "registrationNotActive");
    if (current!.approval === "approved")
      throw new AppError("conflict", "already approved", [], {}, "registrationAlreadyApproved");

    const vote = await settleVote(tx, registration);

    const held = await tx.signup.findMany({
      where: { status: "pending", attendee: { registrationId, status: "active" } },
      include: { activity: true, attendee: true },
      orderBy: { createdAt: "asc" },
    });
    const activityIds = [...new Set(held.map((signup) => signup.activityId))];
    const limits = new Map((await lockActivities(queries, activityIds)).map((row) => [row.id, row]));
    const load = await readActivityLoad(queries, activityIds);
    const full = new Set<string>();
    const changed = new Map<string, (typeof held)[number]["attendee"]>();
    for (const signup of held) {
      const activity = { ...signup.activity, ...limits.get(signup.activityId) };
      const placement = placeSignup(activity, load.get(signup.activityId)!);
      if (placement.status === "full") full.add(activity.nameSv);
      await tx.signup.update({
        where: { id: signup.id },
        data:
          placement.status === "full"
            ? { status: "cancelled", queueNumber: null }
            : {
                status: placement.status,
                queueNumber: placement.status === "waitlisted" ? placement.queueNumber : null,
              },
      });
      changed.set(signup.attendeeId, signup.attendee);
    }

    await tx.registration.update({
      where: { id: registrationId },
      data: { approval: "approved", approvedAt: new Date(), approvedBy: staff!.email },
    });
    const outcome: ApprovalOutcome = { reference: registration.reference, ...vote, full: [...full] };
    await writeAuditEntry(tx, {
      eventId,
      actor,
      action: "registration.approved",
      entityType: "Registration",
      entityId: registrationId,
      changes: { organisation: registration.name, ...outcome },
    });
    await enqueueEmail(tx, {
      eventId,
      recipient: registration.contactEmail,
      locale: registration.locale,
      template: "registration-approved",
      payload: { registrationId, manageToken: await issueManageLink(tx, { registrationId }) },
    });
    for (const attendee of changed.values()) {
      await notifyAttendeeChange(tx, { eventId, attendee, template: "attendee-changed", actor });
    }
    return outcome;
  }, LOCKING_TRANSACTION);
}
