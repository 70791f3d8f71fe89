// What a private link may change, in the same pieces the registration form uses.
import { z } from "zod";
import { delegateChoices, delegateDetails, delegateInput, delegateNeeds } from "./registration";

export const attendeeDetailsUpdate = delegateDetails
  .omit({ email: true })
  .extend(delegateNeeds.omit({ answers: true }).shape)
  .extend({ listConsent: z.boolean().default(false) });

export const attendeeChoicesUpdate = delegateChoices.extend({ answers: delegateNeeds.shape.answers });

export const newAttendee = delegateInput;

export type AttendeeDetailsUpdate = z.infer<typeof attendeeDetailsUpdate>;
export type AttendeeChoicesUpdate = z.infer<typeof attendeeChoicesUpdate>;
