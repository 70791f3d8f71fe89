import type { FormInput } from "@/lib/validation/form-input";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";
import { MAX_ACTIVITY_CHOICES } from "@/lib/validation/registration";
import type { AttendeeValues } from "@/lib/actions/attendee-values";

/** A person's fields as the attendee form posts them. */
export function readAttendeeForm(input: FormInput): AttendeeValues {
  return {
    name: input.text("name"),
    email: input.text("email"),
    title: input.text("title"),
    phone: input.text("phone"),
    dietChoices: input.all("dietChoices", DIET_CHOICES.length),
    dietOther: input.text("dietOther"),
    allergies: input.text("allergies"),
    accessibilityNeeds: input.text("accessibilityNeeds"),
    listConsent: input.checked("listConsent"),
    activityIds: input.all("activityIds", MAX_ACTIVITY_CHOICES),
    isVotingDelegate: input.checked("isVotingDelegate"),
    answers: input.answers(""),
  };
}
