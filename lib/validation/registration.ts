// The registration as the public form and the REST API submit it. The step schemas are the pieces
// the form validates one page at a time; `registrationInput` composes them for the final submit and
// the API, so both are held to exactly the same rules. The server is the authority either way.
import { z } from "zod";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";
import {
  emailAddress,
  optionalText,
  phoneNumber,
  requiredText,
  safeText,
  type ValidationKey,
} from "./fields";
import { isSafeKey, MAX_ANSWERED_ACTIVITIES, MAX_ANSWER_KEYS } from "./form-input";
import { ANSWER_MAX } from "@/lib/registrations/activity-questions";
import { stayInput } from "./stay";

export const MAX_DELEGATES = 25;
/** An invitation link's token (lib/invitations/invitation-token.ts): 43 URL-safe characters. */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Activities one person may choose: more than any meeting has. */
export const MAX_ACTIVITY_CHOICES = 30;

const key = (name: ValidationKey) => name;
const id = z.uuid({ error: key("invalid") });

export const organisationChoice = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("member"), id }),
    z.object({ kind: z.literal("observer"), name: requiredText(120) }),
  ],
  { error: key("chooseOrganisation") },
);

export const contactDetails = z.object({
  name: requiredText(120),
  email: emailAddress,
  phone: phoneNumber,
});

export const delegateDetails = z.object({
  name: requiredText(120),
  email: emailAddress,
  title: requiredText(120),
  phone: z
    .string({ error: key("invalid") })
    .trim()
    .max(30, key("tooLong"))
    .refine((value) => value === "" || /^\+?[0-9][0-9 -]{5,}$/.test(value), key("phone"))
    .default(""),
});

export const delegateChoices = z.object({
  activityIds: z
    .array(id, { error: key("invalid") })
    .min(1, key("chooseActivity"))
    .max(MAX_ACTIVITY_CHOICES, key("invalid"))
    .refine((ids) => new Set(ids).size === ids.length, key("invalid")),
  isVotingDelegate: z.boolean({ error: key("invalid") }).default(false),
});

// Answers to an activity's extra questions: { [activityId]: { [questionKey]: answer } }, and to the
// meeting's own under the event's id. Keys
// come from input: only plain words (never "__proto__" and the like), and only so many.
const questionKey = z.string().refine(isSafeKey, key("invalid"));
const fewKeys = (max: number) => (value: object) => Object.keys(value).length <= max;
const answers = z
  .record(
    id,
    z.record(questionKey, safeText(ANSWER_MAX.long)).refine(fewKeys(MAX_ANSWER_KEYS), key("invalid")),
    {
      error: key("invalid"),
    },
  )
  .refine(fewKeys(MAX_ANSWERED_ACTIVITIES), key("invalid"))
  .default({});

export const delegateNeeds = z.object({
  dietChoices: z
    .array(z.enum(DIET_CHOICES, { error: key("invalid") }))
    .max(DIET_CHOICES.length)
    .default([]),
  dietOther: optionalText(200),
  allergies: optionalText(500),
  accessibilityNeeds: optionalText(500),
  answers,
});

export const delegateInput = delegateDetails
  .extend(delegateChoices.shape)
  .extend(delegateNeeds.shape)
  .extend({ listConsent: z.boolean({ error: key("invalid") }).default(false) });

// A delegate as a whole registration gives them: with their stay and travel, when given.
export const registeredDelegate = delegateInput.extend({ stay: stayInput.optional() });

export const registrationInput = z
  .object({
    idempotencyKey: z
      .string({ error: key("required") })
      .trim()
      .min(8, key("invalid"))
      .max(100, key("tooLong")),
    locale: z.enum(["sv", "en"], { error: key("invalid") }).default("sv"),
    organisation: organisationChoice,
    // From the organisation's invitation link; without it the registration waits for approval.
    invitationToken: z
      .string({ error: key("invitationInvalid") })
      .regex(INVITATION_TOKEN, key("invitationInvalid"))
      .optional(),
    contact: contactDetails,
    privacyConsent: z.literal(true, { error: key("consentRequired") }),
    delegates: z
      .array(registeredDelegate, { error: key("required") })
      .min(1, key("addDelegate"))
      .max(MAX_DELEGATES, key("tooManyDelegates")),
  })
  .superRefine((registration, context) => {
    const seen = new Map<string, number>();
    registration.delegates.forEach((delegate, index) => {
      if (seen.has(delegate.email)) {
        context.addIssue({
          code: "custom",
          path: ["delegates", index, "email"],
          message: key("duplicateEmail"),
        });
      }
      seen.set(delegate.email, index);
    });
    const voting = registration.delegates.flatMap((delegate, index) =>
      delegate.isVotingDelegate ? [index] : [],
    );
    for (const index of voting.slice(1)) {
      context.addIssue({
        code: "custom",
        path: ["delegates", index, "isVotingDelegate"],
        message: key("oneVotingDelegate"),
      });
    }
    // That an observer has no vote is a signup rule (lib/registrations/check-signup-rules.ts).
  });

export type RegistrationInput = z.infer<typeof registrationInput>;
export type DelegateInput = z.infer<typeof delegateInput>;
