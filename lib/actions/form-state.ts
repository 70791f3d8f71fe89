import type { DraftData } from "@/lib/registration-drafts/draft-data";

/** One line of an error summary: the message and the field it links to. */
export type ErrorItem = { href: string; text: string };

/** What a step's server action hands back to its form when the step cannot be saved. */
export type StepState<Values = DraftData> = {
  /** Counts failed submits, so the form re-mounts with the values sent back. */
  attempt: number;
  summary: ErrorItem[];
  fieldErrors: Record<string, string>;
  values?: Values;
  /** A problem not tied to a field (closed registration, rate limit, unexpected failure). */
  formError?: string;
  /** The last submit was saved (forms that stay on the page after saving). */
  saved?: boolean;
};

export const initialStepState = { attempt: 0, summary: [], fieldErrors: {} };

export type RegistrationStep = "organisation" | "delegates" | "choices" | "needs" | "review";

/** The form step where a field of the registration is entered. */
export function stepOfField(path: string): RegistrationStep {
  if (path.startsWith("organisation") || path.startsWith("contact")) return "organisation";
  if (path === "privacyConsent" || /^delegates\.\d+\.listConsent/.test(path)) return "review";
  if (/^delegates\.\d+\.(activityIds|isVotingDelegate)/.test(path)) return "choices";
  if (/^delegates\.\d+\.(diet|allergies|accessibilityNeeds|answers|stay)/.test(path)) return "needs";
  return "delegates";
}
