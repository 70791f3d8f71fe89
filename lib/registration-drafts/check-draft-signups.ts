import "server-only";
import { db } from "@/lib/db";
import type { FieldIssue } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
import { checkSignupRules } from "@/lib/registrations/check-signup-rules";
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
    isMember,
    locale,
    now,
  });
  const isAnswer = (issue: FieldIssue) => /\.answers\./.test(issue.field);
  return issues.filter((issue) => (step === "needs" ? isAnswer(issue) : !isAnswer(issue)));
}
