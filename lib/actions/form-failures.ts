import "server-only";
import { getTranslations } from "next-intl/server";
import { nextAttempt } from "@/lib/actions/action-input";
import { isAppError, type FieldIssue } from "@/lib/errors";
import { logError } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { messageKeyOf } from "@/lib/i18n/error-messages";
import type { PublicEvent } from "@/lib/events/public-event";
import type { AppLocale } from "@/lib/i18n/routing";
import { describeIssues, type IssueContext } from "@/lib/actions/describe-issues";
import type { StepState } from "@/lib/actions/form-state";

/** A form's answer when fields are wrong: inline messages and a summary linking to them. */
export async function fieldFailure<Values>(input: {
  locale: AppLocale;
  event: PublicEvent | null;
  previous: StepState<Values>;
  values: Values;
  issues: FieldIssue[];
  delegateNames: string[];
  steps?: IssueContext["steps"];
}): Promise<StepState<Values>> {
  const t = await getTranslations({ locale: input.locale });
  const questions = new Map(
    (input.event?.activities ?? []).flatMap((activity) =>
      activity.questions.map((question) => [
        `${activity.id}.${question.key}`,
        input.locale === "sv" ? question.labelSv : question.labelEn,
      ]),
    ),
  );
  const described = describeIssues(input.issues, t, {
    delegateNames: input.delegateNames,
    questionLabel: (activityId, key) => questions.get(`${activityId}.${key}`),
    steps: input.steps,
  });
  return { attempt: nextAttempt(input.previous), values: input.values, ...described };
}

/** A form's answer to a problem that is not about one field, said at the top of the form. */
export async function formFailure<Values>(
  locale: AppLocale,
  previous: StepState<Values>,
  values: Values | undefined,
  error: unknown,
): Promise<StepState<Values>> {
  const t = await getTranslations({ locale, namespace: "apiErrors" });
  if (!isAppError(error)) logError("form: unexpected error", error);
  const key = isAppError(error)
    ? messageKeyOf(error)
    : isDatabaseUnavailable(error)
      ? "unavailable"
      : "unexpected";
  const retryAfter = isAppError(error) ? (error.params.retryAfter ?? 60) : 60;
  return {
    attempt: nextAttempt(previous),
    values,
    summary: [],
    fieldErrors: {},
    formError: t(key, { retryAfter }),
  };
}
