import type { FieldIssue } from "@/lib/errors";
import type { Activity } from "@/lib/generated/prisma/client";
import { answerIssue, askedQuestions } from "./activity-questions";
import { fieldPath } from "./field-path";

export type DelegateSignupRequest = {
  /** Where this delegate's fields live in the input, e.g. "delegates.2" ("" at the top level). */
  path: string;
  activityIds: string[];
  isVotingDelegate: boolean;
  answers: Record<string, Record<string, string>>;
  /** Activities the person already holds a place in: their own deadline does not take it away. */
  alreadySignedUp?: ReadonlySet<string>;
};

/**
 * The rules about what a delegate may choose, checked against the event's activities as stored:
 * activities of this event only, open for sign-up, members-only respected, the voting delegate a
 * member's and on the annual meeting, and the extra questions of chosen activities and of the
 * meeting itself answered (the meeting's answers are keyed by its id, as an activity's by its own).
 */
export function checkSignupRules(input: {
  delegates: DelegateSignupRequest[];
  activities: Map<string, Activity>;
  meeting: { id: string; questions: unknown };
  isMember: boolean;
  locale: "sv" | "en";
  now: Date;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const nameOf = (activity: Activity) => (input.locale === "sv" ? activity.nameSv : activity.nameEn);

  const meetingQuestions = askedQuestions(input.meeting.questions);
  for (const delegate of input.delegates) {
    for (const question of meetingQuestions) {
      const code = answerIssue(question, delegate.answers[input.meeting.id]?.[question.key]);
      if (code) {
        issues.push({ field: fieldPath(delegate.path, `answers.${input.meeting.id}.${question.key}`), code });
      }
    }
    const chosen: Activity[] = [];
    for (const id of delegate.activityIds) {
      const activity = input.activities.get(id);
      if (!activity) {
        issues.push({ field: fieldPath(delegate.path, "activityIds"), code: "unknownActivity" });
        continue;
      }
      chosen.push(activity);
      if (activity.cancelledAt) {
        issues.push({
          field: fieldPath(delegate.path, "activityIds"),
          code: "activityCancelled",
          params: { activity: nameOf(activity) },
        });
        continue;
      }
      const keeps = delegate.alreadySignedUp?.has(id) ?? false;
      if (!keeps && activity.signupClosesAt && activity.signupClosesAt <= input.now) {
        issues.push({
          field: fieldPath(delegate.path, "activityIds"),
          code: "activityClosed",
          params: { activity: nameOf(activity) },
        });
      }
      if (activity.membersOnly && !input.isMember) {
        issues.push({
          field: fieldPath(delegate.path, "activityIds"),
          code: "membersOnly",
          params: { activity: nameOf(activity) },
        });
      }
      for (const question of askedQuestions(activity.questions)) {
        const code = answerIssue(question, delegate.answers[activity.id]?.[question.key]);
        if (code) {
          issues.push({ field: fieldPath(delegate.path, `answers.${activity.id}.${question.key}`), code });
        }
      }
    }
    // Observer organisations attend without a vote.
    if (delegate.isVotingDelegate && !input.isMember) {
      issues.push({ field: fieldPath(delegate.path, "isVotingDelegate"), code: "votingDelegateObserver" });
    }
    if (delegate.isVotingDelegate && !chosen.some((activity) => activity.kind === "annual_meeting")) {
      issues.push({
        field: fieldPath(delegate.path, "isVotingDelegate"),
        code: "votingDelegateNeedsMeeting",
      });
    }
  }
  return issues;
}
