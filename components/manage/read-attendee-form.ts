import type { AttendeeValues } from "./attendee-values";

/** A person's fields as the attendee form posts them. */
export function readAttendeeForm(form: FormData): AttendeeValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const answers: AttendeeValues["answers"] = {};
  for (const [name, value] of form.entries()) {
    const match = /^answers\.([^.]+)\.(.+)$/.exec(name);
    if (match) (answers[match[1]!] ??= {})[match[2]!] = String(value);
  }
  return {
    name: text("name"),
    email: text("email"),
    title: text("title"),
    phone: text("phone"),
    dietChoices: form.getAll("dietChoices").map(String),
    dietOther: text("dietOther"),
    allergies: text("allergies"),
    accessibilityNeeds: text("accessibilityNeeds"),
    listConsent: form.get("listConsent") === "yes",
    activityIds: form.getAll("activityIds").map(String),
    isVotingDelegate: form.get("isVotingDelegate") === "yes",
    answers,
  };
}
