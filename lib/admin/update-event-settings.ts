import "server-only";
import { db, queriesIn } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { changedFields } from "@/lib/audit/changed-fields";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { lockActivities, readActivityLoad } from "@/lib/registrations/activity-capacity";
import { promoteWaitlisted } from "@/lib/registrations/promote-waitlisted";
import type { ActivitySettingsInput, EventSettingsInput } from "@/lib/validation/event-settings";
import { assertEventEditable } from "@/lib/events/assert-event-editable";
import { checkActivityChange } from "./check-activity-change";
import { snapshotMembership } from "@/lib/organisations/snapshot-membership";

/** Changes the event's texts, dates and status (admins only), with the change in the audit log. */
export async function updateEventSettings(staff: Staff | null, slug: string, input: EventSettingsInput) {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  // An archived meeting changes only by leaving the archive: its status first, nothing else with it.
  if (input.status === "archived") assertEventEditable(event);
  await db.$transaction(async (tx) => {
    await tx.event.update({ where: { id: event.id }, data: input });
    // Published for the first time: the meeting is held under the register as it stands now.
    if (
      input.status !== "draft" &&
      (await tx.eventMembership.count({ where: { eventId: event.id } })) === 0
    ) {
      await snapshotMembership(tx, event.id);
    }
    const changed = changedFields(event, input);
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "event.settings-changed",
      entityType: "Event",
      entityId: event.id,
      changes: { fields: changed },
    });
  });
}

/**
 * Changes an activity's texts, times, deadline, capacity and waiting list (admins only). The capacity cannot drop below
 * the places already confirmed unless the admin explicitly overrides it; a higher capacity gives
 * the new places to the waiting list at once.
 */
export async function updateActivitySettings(
  staff: Staff | null,
  activityId: string,
  input: ActivitySettingsInput,
) {
  await db.$transaction(async (tx) => {
    const activity = await tx.activity.findUnique({ where: { id: activityId }, include: { event: true } });
    if (!activity) throw new AppError("not_found", "no such activity");
    await requireEventRole(staff, activity.eventId, "admin");
    assertEventEditable(activity.event);
    if (activity.cancelledAt) {
      throw new AppError("conflict", "activity cancelled", [], {}, "activityAlreadyCancelled");
    }
    const queries = queriesIn(tx);
    await lockActivities(queries, [activityId]);
    const confirmed = (await readActivityLoad(queries, [activityId])).get(activityId)!.confirmed;
    const belowConfirmed = input.capacity !== null && input.capacity < confirmed;
    if (belowConfirmed && !input.overrideCapacity) {
      throw new AppError("conflict", "capacity below confirmed", [
        { field: "capacity", code: "capacityBelowConfirmed", params: { confirmed } },
      ]);
    }
    const ruleIssues = await checkActivityChange(tx, activity.eventId, activityId, input, (name) => name);
    if (ruleIssues.length > 0) throw new AppError("validation", "activity rules", ruleIssues);
    const { overrideCapacity: _override, ...settings } = input;
    await tx.activity.update({ where: { id: activityId }, data: settings });
    await writeAuditEntry(tx, {
      eventId: activity.eventId,
      actor: { type: "staff", id: staff!.userId },
      action: belowConfirmed ? "activity.capacity-overridden" : "activity.settings-changed",
      entityType: "Activity",
      entityId: activityId,
      changes: {
        fields: changedFields(activity, settings),
        capacity: { from: activity.capacity, to: input.capacity },
        confirmed,
        waitlistEnabled: input.waitlistEnabled,
      },
    });
    await promoteWaitlisted(tx, activity.eventId, [activityId], { type: "staff", id: staff!.userId });
  });
}
