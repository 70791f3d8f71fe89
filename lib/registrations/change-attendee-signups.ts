import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import type { AttendeeChoicesUpdate } from "@/lib/validation/manage";
import { assertVotingDelegateFree } from "./assert-voting-delegate-free";
import { checkSignupRules } from "./check-signup-rules";
import { actorOf, loadForChange, type ManageAccess } from "./manage-access";
import { setAttendeeSignups } from "./set-attendee-signups";

/** Changes what an attendee attends (and whether they are the voting delegate), under the capacity rules. */
export async function changeAttendeeSignups(
  access: ManageAccess,
  attendeeId: string,
  input: AttendeeChoicesUpdate,
  now = new Date(),
) {
  await db.$transaction(
    async (tx) => {
      const { registration, attendee } = await loadForChange(tx, access, now, attendeeId);
      const activities = new Map(
        (await tx.activity.findMany({ where: { eventId: registration.eventId } })).map((activity) => [
          activity.id,
          activity,
        ]),
      );
      const held = new Set(
        attendee!.signups
          .filter((signup) => signup.status !== "cancelled")
          .map((signup) => signup.activityId),
      );
      const issues = checkSignupRules({
        delegates: [{ path: "", ...input, alreadySignedUp: held }],
        activities,
        isMember: registration.organisation.isMember,
        locale: registration.locale,
        now,
      });
      if (input.isVotingDelegate && !registration.organisation.isMember) {
        issues.push({ field: "isVotingDelegate", code: "votingDelegateObserver" });
      }
      if (issues.length > 0) throw new AppError("validation", "signup rules", issues);
      if (input.isVotingDelegate && !attendee!.isVotingDelegate) {
        await assertVotingDelegateFree(tx, {
          eventId: registration.eventId,
          organisation: registration.organisation,
          exceptAttendeeId: attendeeId,
          field: "isVotingDelegate",
        });
      }

      const { added, dropped } = await setAttendeeSignups(tx, {
        eventId: registration.eventId,
        attendeeId,
        current: attendee!.signups,
        activities,
        activityIds: input.activityIds,
        answers: input.answers,
        locale: registration.locale,
        path: "",
        actor: actorOf(access),
      });
      if (input.isVotingDelegate !== attendee!.isVotingDelegate) {
        await tx.attendee.update({
          where: { id: attendeeId },
          data: { isVotingDelegate: input.isVotingDelegate },
        });
      }
      await writeAuditEntry(tx, {
        eventId: registration.eventId,
        actor: actorOf(access),
        action: "attendee.choices-changed",
        entityType: "Attendee",
        entityId: attendeeId,
        changes: { added, dropped, isVotingDelegate: input.isVotingDelegate },
      });
      await enqueueEmail(tx, {
        eventId: registration.eventId,
        recipient: attendee!.email,
        locale: attendee!.locale,
        template: "attendee-changed",
        payload: { attendeeId },
      });
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
