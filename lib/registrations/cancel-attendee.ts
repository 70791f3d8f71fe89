import "server-only";
import { db, LOCKING_TRANSACTION, queriesIn, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry, type Actor } from "@/lib/audit/write-audit-entry";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { lockActivities } from "./activity-capacity";
import { actorOf, loadForChange, type ManageAccess } from "./manage-access";
import { notifyAttendeeChange } from "./notify-attendee-change";
import { promoteWaitlisted } from "./promote-waitlisted";

/** Cancels one attendee and all their signups in the caller's transaction, filling freed places. */
export async function cancelAttendeeInTx(
  tx: Tx,
  input: { eventId: string; attendeeId: string; now: Date; actor: Actor },
) {
  const attendee = await tx.attendee.findUniqueOrThrow({
    where: { id: input.attendeeId },
    include: { signups: true },
  });
  const held = attendee.signups
    .filter((signup) => signup.status !== "cancelled")
    .map((signup) => signup.activityId);
  await lockActivities(queriesIn(tx), held);
  await tx.signup.updateMany({
    where: { attendeeId: attendee.id, status: { not: "cancelled" } },
    data: { status: "cancelled" },
  });
  await tx.attendee.update({
    where: { id: attendee.id },
    data: { status: "cancelled", cancelledAt: input.now },
  });
  await promoteWaitlisted(tx, input.eventId, held, input.actor);
  await writeAuditEntry(tx, {
    eventId: input.eventId,
    actor: input.actor,
    action: "attendee.cancelled",
    entityType: "Attendee",
    entityId: attendee.id,
    changes: { activities: held },
  });
  await notifyAttendeeChange(tx, {
    eventId: input.eventId,
    attendee,
    template: "attendee-cancelled",
    actor: input.actor,
  });
}

/** Cancels one attendee through a private link; the contact's link may not cancel the last one. */
export async function cancelAttendee(access: ManageAccess, attendeeId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const { registration } = await loadForChange(tx, access, now, attendeeId);
    await cancelAttendeeInTx(tx, {
      eventId: registration.eventId,
      attendeeId,
      now,
      actor: actorOf(access),
    });
    const remaining = await tx.attendee.count({
      where: { registrationId: registration.id, status: "active" },
    });
    if (remaining === 0) {
      // Nobody left: the registration itself ends too, so it stops counting for the organisation.
      await tx.registration.update({
        where: { id: registration.id },
        data: { status: "cancelled", cancelledAt: now },
      });
    }
  }, LOCKING_TRANSACTION);
}

/** Cancels the whole registration (contact's link only) and every attendee in it. */
export async function cancelRegistration(access: ManageAccess, now = new Date()) {
  if (access.kind === "attendee") throw new AppError("not_found", "an attendee may cancel only themself");
  await db.$transaction(async (tx) => {
    const { registration } = await loadForChange(tx, access, now);
    const attendees = await tx.attendee.findMany({
      where: { registrationId: registration.id, status: "active" },
    });
    for (const attendee of attendees) {
      await cancelAttendeeInTx(tx, {
        eventId: registration.eventId,
        attendeeId: attendee.id,
        now,
        actor: actorOf(access),
      });
    }
    await tx.registration.update({
      where: { id: registration.id },
      data: { status: "cancelled", cancelledAt: now },
    });
    await writeAuditEntry(tx, {
      eventId: registration.eventId,
      actor: actorOf(access),
      action: "registration.cancelled",
      entityType: "Registration",
      entityId: registration.id,
      changes: { attendees: attendees.length },
    });
    await enqueueEmail(tx, {
      eventId: registration.eventId,
      recipient: registration.contactEmail,
      locale: registration.locale,
      template: "registration-cancelled",
      payload: { registrationId: registration.id },
    });
  }, LOCKING_TRANSACTION);
}
