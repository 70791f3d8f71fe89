import "server-only";
import { db, LOCKING_TRANSACTION } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { notifyAttendeeChange } from "./notify-attendee-change";
import type { AttendeeChoicesUpdate } from "@/lib/validation/manage";
import { checkPersonChoices } from "./check-person-choices";
import { requireEventRole } from "@/lib/auth/staff-session";
import { holdsAnswersHiddenFromStaff, keptAnswers, staffReadableKeys } from "./activity-questions";
import { actorOf, loadForChange, type ManageAccess } from "./manage-access";
import { setAttendeeSignups } from "./set-attendee-signups";

/**
 * Changes what an attendee attends, whether they are the voting delegate and their answers to the
 * meeting's own questions, under the capacity rules.
 */
export async function changeAttendeeSignups(
  access: ManageAccess,
  attendeeId: string,
  input: AttendeeChoicesUpdate,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const { registration, attendee } = await loadForChange(tx, access, now, attendeeId);
    // Answers for administrators only (the study visit's date of birth) are neither shown to other
    // staff nor kept by their form: only an administrator changes such a person's choices.
    if (access.kind === "staff") {
      const activities = await tx.activity.findMany({
        where: { eventId: registration.eventId },
        select: { id: true, questions: true },
      });
      const readable = staffReadableKeys([
        { id: registration.eventId, questions: registration.event.questions },
        ...activities,
      ]);
      const answerSets = [
        { askerId: registration.eventId, answers: attendee!.answers },
        ...attendee!.signups.map((signup) => ({ askerId: signup.activityId, answers: signup.answers })),
      ];
      if (holdsAnswersHiddenFromStaff(answerSets, readable))
        await requireEventRole({ userId: access.userId, email: access.email }, registration.eventId, "admin");
    }
    const held = new Set(
      attendee!.signups.filter((signup) => signup.status !== "cancelled").map((signup) => signup.activityId),
    );
    const pending = registration.approval === "pending";
    // Awaiting approval, the vote is asked for (votePending), not held.
    const votingField = pending ? "votePending" : "isVotingDelegate";
    const wasVoting = attendee![votingField];
    // Replacing or removing a held vote needs a reason, given where the member's vote is managed.
    if (!pending && wasVoting && !input.isVotingDelegate)
      throw new AppError("validation", "ombud change needs reason", [
        { field: "isVotingDelegate", code: "ombudChangeNeedsReason" },
      ]);
    const { activities, meetingQuestions } = await checkPersonChoices(tx, {
      registration,
      choices: input,
      attendee: { id: attendeeId, isVotingDelegate: wasVoting, held },
      now,
    });

    if (attendee!.isSubstitute && !input.isVotingDelegate) {
      const annualMeeting = [...activities.values()].find((activity) => activity.kind === "annual_meeting");
      if (annualMeeting && held.has(annualMeeting.id) && !input.activityIds.includes(annualMeeting.id))
        throw new AppError("validation", "substitute leaves meeting", [
          { field: "activityIds", code: "substituteNeedsMeeting" },
        ]);
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
      pending,
    });
    await tx.attendee.update({
      where: { id: attendeeId },
      data: {
        [votingField]: input.isVotingDelegate,
        // The substitute named ombud stops being the substitute.
        ...(input.isVotingDelegate && !pending ? { isSubstitute: false } : {}),
        answers: keptAnswers(meetingQuestions, input.answers[registration.eventId]),
      },
    });
    await writeAuditEntry(tx, {
      eventId: registration.eventId,
      actor: actorOf(access),
      action: "attendee.choices-changed",
      entityType: "Attendee",
      entityId: attendeeId,
      changes: { added, dropped, isVotingDelegate: input.isVotingDelegate },
    });
    await notifyAttendeeChange(tx, {
      eventId: registration.eventId,
      attendee: attendee!,
      template: "attendee-changed",
      actor: actorOf(access),
    });
  }, LOCKING_TRANSACTION);
}
