import "server-only";
import type { createTranslator } from "next-intl";
import type { FieldIssue } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/messages";
import { fieldId } from "@/lib/validation/field-id";
import { describeFieldIssue, genericFieldLabel } from "@/lib/validation/field-errors";
import { stepOfField, type RegistrationStep, type StepState } from "@/lib/actions/form-state";

type Translator = ReturnType<typeof createTranslator<Messages>>;

export type IssueContext = {
  delegateNames: string[];
  questionLabel: (activityId: string, key: string) => string | undefined;
  /** For the multi-step form: the step shown and where the others are, for links across steps. */
  steps?: { current: RegistrationStep; url: (step: RegistrationStep) => string };
};

function label(path: string, t: Translator, context: IssueContext): string {
  if (path === "organisation.name") return t("fieldLabels.observerName");
  const answer = /^delegates\.\d+\.answers\.([^.]+)\.(.+)$/.exec(path);
  if (answer)
    return context.questionLabel(answer[1]!, answer[2]!)?.toLowerCase() ?? genericFieldLabel(path, t);
  return genericFieldLabel(path, t);
}

// Issues whose field has no input of its own, and the element that shows their message instead.
const SHOWN_AT: [RegExp, string][] = [
  // The organisation as a whole: the choice between member and observer.
  [/^organisation$/, "organisation.kind"],
  // The voting delegate is one radio group for the whole registration, not a field per person.
  [/^delegates\.\d+\.isVotingDelegate$/, "votingDelegateKey"],
  // List consent is one checkbox group on the review step.
  [/^delegates\.\d+\.listConsent$/, "listConsent"],
];

/** The id of the element an issue's summary link lands on. */
export function anchorOf(field: string): string {
  return fieldId(SHOWN_AT.find(([pattern]) => pattern.test(field))?.[1] ?? field);
}

/** Field issues as inline messages per field and an error summary that links to each field. */
export function describeIssues(
  issues: FieldIssue[],
  t: Translator,
  context: IssueContext,
): Pick<StepState, "summary" | "fieldErrors"> {
  const fieldErrors: Record<string, string> = {};
  const summary = issues.map((issue) => {
    const message = describeFieldIssue(issue, label(issue.field, t, context), t);
    fieldErrors[issue.field] ??= message;
    const delegate = /^delegates\.(\d+)\./.exec(issue.field);
    const who = delegate
      ? context.delegateNames[Number(delegate[1])] ||
        t("registerForm.delegatesStep.delegateLegend", { number: Number(delegate[1]) + 1 })
      : null;
    const step = stepOfField(issue.field);
    const anchor = `#${anchorOf(issue.field)}`;
    const elsewhere = context.steps && step !== context.steps.current;
    return {
      href: elsewhere ? `${context.steps!.url(step)}${anchor}` : anchor,
      text: who ? `${who}: ${message}` : message,
    };
  });
  return { summary, fieldErrors };
}
