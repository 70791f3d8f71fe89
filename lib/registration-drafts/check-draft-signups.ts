import "server-only";
import { db } from "@/lib/db";
import type { FieldIssue } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
import { checkSignupRules } from "@/lib/registrations/check-signup-rules";
import { votingDelegateTaken } from "@/lib/registrations/assert-voting-delegate-free";
import { emailTakenIssues } from "@/lib/registrations/email-taken";
import type { DraftData } from "./draft-data";

/**
 * The signup rules for a draft's choices, so the form can flag them on the step where they are
 * made: "choices" checks what was chosen, "needs" checks the extra details those choices require.
 * The final submit checks everything again.
 */
export async function checkDraftSignups(
  eventSlug: string,
  data: DraftData,
  step: "choices" | "needs",
  locale: AppLocale,
  now = new Date(),
): Promise<FieldIssue[]> {
  const event = await db.event.findFirst({ where: { slug: eventSlug }, include: { activities: true } });
  if (!event) return [];
  const isMember = data.organisation.kind !== "observer";
  const issues = checkSignupRules({
    delegates: data.delegates.map((delegate, index) => ({
      path: `delegates.${index}`,
      activityIds: delegate.activityIds,
      isVotingDelegate: data.votingDelegateKey === delegate.key,
      answers: delegate.answers,
    })),
    activities: new Map(event.activities.map((activity) => [activity.id, activity])),
    meeting: event,
    isMember,
    locale,
    now,
  });
  const isAnswer = (issue: FieldIssue) => /\.answers\./.test(issue.field);
  const found = issues.filter((issue) => (step === "needs" ? isAnswer(issue) : !isAnswer(issue)));
  if (step === "choices") found.push(...(await votingDelegateClash(event.id, data)));
  return found;
}

/**
 * A member that already has its voting delegate at the event is told so where the delegate is
 * chosen, not only at the last step. The message names the municipality, never the person.
 */
async function votingDelegateClash(eventId: string, data: DraftData): Promise<FieldIssue[]> {
  const index = data.delegates.findIndex((delegate) => delegate.key === data.votingDelegateKey);
  if (index < 0 || data.organisation.kind !== "member" || !data.organisation.id) return [];
  const taken = await db.attendee.findFirst({
    where: { eventId, organisationId: data.organisation.id, isVotingDelegate: true, status: "active" },
    select: { organisation: { select: { name: true } } },
  });
  return taken
    ? votingDelegateTaken(taken.organisation.name, `delegates.${index}.isVotingDelegate`).fields
    : [];
}

/** Delegates' addresses already registered at the event, flagged on the step where they are typed. */
export async function checkDraftEmails(eventSlug: string, data: DraftData): Promise<FieldIssue[]> {
  const emails = data.delegates.map((delegate) => delegate.email.trim().toLowerCase());
  const taken = new Set(
    (
      await db.attendee.findMany({
        where: { event: { slug: eventSlug }, status: "active", email: { in: emails.filter(Boolean) } },
        select: { email: true },
      })
    ).map((attendee) => attendee.email),
  );
  return emailTakenIssues(emails, taken, (index) => `delegates.${index}.email`);
}
