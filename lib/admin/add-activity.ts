import "server-only";
import { loadEditableEvent } from "@/lib/events/load-editable-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import type { NewActivityInput } from "@/lib/validation/event-settings";
import { checkActivityChange } from "./check-activity-change";

/** Activities one meeting may have: more than any programme needs. */
const MAX_ACTIVITIES = 40;

/** The activity's key: its Swedish name in plain letters, made unique within the meeting. */
function keyFor(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "aktivitet";
  let key = base;
  for (let suffix = 2; taken.has(key); suffix++) key = `${base}-${suffix}`;
  return key;
}

function chosenKey(key: string | undefined, taken: Set<string>): string | null {
  if (key === undefined) return null;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key) || key.length > 40 || taken.has(key))
    throw new AppError("conflict", `activity key ${key} is malformed or taken`);
  return key;
}

/**
 * Adds an activity to a meeting's programme (administrators only), audited. Its key comes from its
 * name, unless the caller names one (the seed, whose keys the API and tests use); a named key that
 * is taken is refused rather than changed.
 */
export async function addActivity(
  staff: Staff | null,
  slug: string,
  input: NewActivityInput,
  options: { key?: string } = {},
) {
  const event = await loadEditableEvent(staff, slug);
  return db.$transaction(async (tx) => {
    // The event's row is locked so two adds at once neither pass the cap nor take the same key.
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${event.id}::uuid FOR UPDATE`;
    const existing = await tx.activity.findMany({ where: { eventId: event.id }, select: { key: true } });
    if (existing.length >= MAX_ACTIVITIES) {
      throw new AppError("validation", "too many activities", [
        { field: "newActivity.nameSv", code: "tooManyActivities", params: { max: MAX_ACTIVITIES } },
      ]);
    }
    const issues = await checkActivityChange(tx, event.id, null, input, (name) => `newActivity.${name}`);
    if (issues.length > 0) throw new AppError("validation", "activity rules", issues);
    const taken = new Set(existing.map((row) => row.key));
    const activity = await tx.activity.create({
      data: {
        ...input,
        eventId: event.id,
        key: chosenKey(options.key, taken) ?? keyFor(input.nameSv, taken),
      },
    });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "activity.added",
      entityType: "Activity",
      entityId: activity.id,
      changes: { key: activity.key, kind: activity.kind },
    });
    return { id: activity.id };
  });
}
