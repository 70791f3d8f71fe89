import "server-only";
import type { Tx } from "@/lib/db";
import type { FieldIssue } from "@/lib/errors";
import type { NewActivityInput } from "@/lib/validation/event-settings";

/**
 * The rules an activity's kind and members-only setting keep, for a new activity (`activityId`
 * null) or a change: one annual meeting per meeting (the voting register reads it), an annual
 * meeting with people signed up keeps its kind, and an activity observers hold places in does
 * not become members-only under them.
 */
export async function checkActivityChange(
  tx: Tx,
  eventId: string,
  activityId: string | null,
  input: Pick<NewActivityInput, "kind" | "membersOnly">,
  field: (name: string) => string,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const current = activityId ? await tx.activity.findUnique({ where: { id: activityId } }) : null;
  const held = (where: object) =>
    activityId
      ? tx.signup.count({ where: { activityId, status: { not: "cancelled" }, ...where } })
      : Promise.resolve(0);
  if (input.kind === "annual_meeting" && current?.kind !== "annual_meeting") {
    const other = await tx.activity.count({ where: { eventId, kind: "annual_meeting", cancelledAt: null } });
    if (other > 0) issues.push({ field: field("kind"), code: "oneAnnualMeeting" });
  }
  if (current?.kind === "annual_meeting" && input.kind !== "annual_meeting" && (await held({})) > 0) {
    issues.push({ field: field("kind"), code: "annualMeetingHasSignups" });
  }
  if (input.membersOnly && !current?.membersOnly) {
    if ((await held({ attendee: { organisation: { isMember: false } } })) > 0) {
      issues.push({ field: field("membersOnly"), code: "membersOnlyHasObservers" });
    }
  }
  return issues;
}
