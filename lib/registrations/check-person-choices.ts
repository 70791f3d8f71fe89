import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Activity, Organisation } from "@/lib/generated/prisma/client";
import { assertVotingDelegateFree } from "./assert-voting-delegate-free";
import { checkSignupRules } from "./check-signup-rules";
import { askedQuestions, type ActivityQuestion } from "./activity-questions";

/**
 * The rules for one person's choices made through a private link (adding a delegate or changing
 * choices): the signup rules, no vote for observers, one voting delegate per organisation.
 * `attendee.isVotingDelegate` is what the person holds or, awaiting approval, asked for.
 * Returns the event's activities for the caller to place the signups, and the meeting's own
 * questions for the attendee's answers to them.
 */
export async function checkPersonChoices(
  tx: Tx,
  input: {
    registration: {
      eventId: string;
      locale: "sv" | "en";
      organisation: Organisation;
      event: { id: string; questions: unknown };
    };
    choices: {
      activityIds: string[];
      isVotingDelegate: boolean;
      answers: Record<string, Record<string, string>>;
    };
    attendee?: { id: string; isVotingDelegate: boolean; held: Set<string> };
    now: Date;
  },
): Promise<{ activities: Map<string, Activity>; meetingQuestions: ActivityQuestion[] }> {
  const { registration, choices, attendee } = input;
  const activities = new Map(
    (await tx.activity.findMany({ where: { eventId: registration.eventId } })).map((activity) => [
      activity.id,
      activity,
    ]),
  );
  const issues = checkSignupRules({
    delegates: [{ path: "", ...choices, alreadySignedUp: attendee?.held }],
    activities,
    meeting: registration.event,
    isMember: registration.organisation.isMember,
    locale: registration.locale,
    now: input.now,
  });
  if (issues.length > 0) throw new AppError("validation", "signup rules", issues);
  // Also when a registration awaiting approval only asks for the vote: it could never be given.
  if (choices.isVotingDelegate && !attendee?.isVotingDelegate) {
    await assertVotingDelegateFree(tx, {
      eventId: registration.eventId,
      organisation: registration.organisation,
      exceptAttendeeId: attendee?.id,
      field: "isVotingDelegate",
    });
  }
  return { activities, meetingQuestions: askedQuestions(registration.event.questions) };
}
