import "server-only";
import { queriesIn, type Tx } from "@/lib/db";
import type { FieldIssue } from "@/lib/errors";
import type { Activity, Signup } from "@/lib/generated/prisma/client";
import {
  activityFull,
  activityFullIssue,
  lockActivities,
  placeSignup,
  readActivityLoad,
} from "./activity-capacity";
import { promoteWaitlisted } from "./promote-waitlisted";
import type { Actor } from "@/lib/audit/write-audit-entry";
import { fieldPath } from "./field-path";

/**
 * Makes an attendee's signups match `activityIds`: new choices get a place or a queue number,
 * dropped ones are cancelled and their places go to the waiting list in the same transaction.
 * Returns the activity ids that were added and dropped.
 */
export async function setAttendeeSignups(
  tx: Tx,
  input: {
    eventId: string;
    attendeeId: string;
    current: Signup[];
    activities: Map<string, Activity>;
    activityIds: string[];
    answers: Record<string, Record<string, string>>;
    locale: "sv" | "en";
    path: string;
    actor: Actor;
    /** The registration awaits approval: members-only places are held as pending, taking no seat. */
    pending: boolean;
  },
) {
  const held = new Map(
    input.current
      .filter((signup) => signup.status !== "cancelled")
      .map((signup) => [signup.activityId, signup]),
  );
  const wanted = new Set(input.activityIds);
  const added = input.activityIds.filter((id) => !held.has(id));
  const dropped = [...held.keys()].filter((id) => !wanted.has(id));

  const queries = queriesIn(tx);
  await lockActivities(
    queries,
    [...added, ...dropped].filter((id) => input.activities.get(id)?.capacity !== null),
  );
  const load = await readActivityLoad(queries, added);
  const full: FieldIssue[] = [];

  for (const activityId of dropped) {
    await tx.signup.update({ where: { id: held.get(activityId)!.id }, data: { status: "cancelled" } });
  }
  for (const activityId of added) {
    const activity = input.activities.get(activityId)!;
    const placement: ReturnType<typeof placeSignup> | { status: "pending" } =
      input.pending && activity.membersOnly
        ? { status: "pending" }
        : placeSignup(activity, load.get(activityId)!);
    if (placement.status === "full") {
      full.push(
        activityFullIssue(
          fieldPath(input.path, "activityIds"),
          input.locale === "sv" ? activity.nameSv : activity.nameEn,
        ),
      );
      continue;
    }
    const data = {
      status: placement.status,
      queueNumber: placement.status === "waitlisted" ? placement.queueNumber : null,
      answers: input.answers[activityId] ?? {},
    };
    // A choice taken back and made again reuses its row (one row per attendee and activity).
    await tx.signup.upsert({
      where: { attendeeId_activityId: { attendeeId: input.attendeeId, activityId } },
      create: { attendeeId: input.attendeeId, activityId, eventId: input.eventId, ...data },
      update: data,
    });
  }
  if (full.length > 0) throw activityFull(full);
  for (const [activityId, signup] of held) {
    if (wanted.has(activityId) && input.answers[activityId]) {
      await tx.signup.update({ where: { id: signup.id }, data: { answers: input.answers[activityId] } });
    }
  }
  await promoteWaitlisted(tx, input.eventId, dropped, input.actor);
  return { added, dropped };
}
