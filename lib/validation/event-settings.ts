// What an administrator may change about an event and its activities.
import { z } from "zod";
import { fromStockholmLocal } from "@/lib/i18n/stockholm-time";
import { emailAddress, optionalOrganisationId, optionalText, requiredText } from "./fields";

const localTime = z.string({ error: "required" }).transform((value, context) => {
  const date = fromStockholmLocal(value);
  if (!date) context.addIssue({ code: "custom", message: "invalid" });
  return date ?? new Date(0);
});

export const eventSettingsInput = z
  .object({
    nameSv: requiredText(200),
    nameEn: requiredText(200),
    summarySv: requiredText(600),
    summaryEn: requiredText(600),
    descriptionSv: optionalText(4000),
    descriptionEn: optionalText(4000),
    registrationOpensAt: localTime,
    registrationClosesAt: localTime,
    changeDeadline: localTime,
    status: z.enum(["draft", "open", "closed", "archived"], { error: "invalid" }),
    reminderDaysBefore: z.coerce
      .number({ error: "invalid" })
      .int("invalid")
      .min(0, "invalid")
      .max(60, "invalid"),
  })
  .refine((input) => input.registrationClosesAt > input.registrationOpensAt, {
    path: ["registrationClosesAt"],
    message: "invalid",
  });

const optionalLocalTime = z.string().transform((value, context) => {
  if (value.trim() === "") return null;
  const date = fromStockholmLocal(value);
  if (!date) context.addIssue({ code: "custom", message: "invalid" });
  return date;
});

export const ACTIVITY_KINDS = ["programme", "study_visit", "dinner", "annual_meeting"] as const;

/** What an activity is, as an administrator sets it when adding one or changing it. */
const activityFields = z.object({
  nameSv: requiredText(200),
  nameEn: requiredText(200),
  // Shown on the public page; a study visit's or the annual meeting's text gets a section of its own.
  descriptionSv: optionalText(4000),
  descriptionEn: optionalText(4000),
  placeSv: requiredText(200),
  placeEn: requiredText(200),
  kind: z.enum(ACTIVITY_KINDS, { error: "invalid" }),
  startsAt: localTime,
  endsAt: localTime,
  signupClosesAt: optionalLocalTime,
  capacity: z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === "") return null;
      const number = Number(value);
      if (!Number.isInteger(number) || number < 0 || number > 100_000)
        context.addIssue({ code: "custom", message: "invalid" });
      return number;
    }),
  waitlistEnabled: z.boolean(),
  servesMeal: z.boolean(),
  membersOnly: z.boolean(),
  // Order among activities that start at the same time.
  sortOrder: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(999, "invalid"),
});

const endsAfterStart = (input: { startsAt: Date; endsAt: Date }) => input.endsAt >= input.startsAt;

export const activitySettingsInput = activityFields
  .extend({ overrideCapacity: z.boolean() })
  .refine(endsAfterStart, { path: ["endsAt"], message: "invalid" });

export const newActivityInput = activityFields.refine(endsAfterStart, {
  path: ["endsAt"],
  message: "invalid",
});

/** Where and when the meeting is, who hosts it, whom to ask, and how long its data is kept. */
export const eventPlaceInput = z
  .object({
    startsAt: localTime,
    endsAt: localTime,
    city: requiredText(100),
    venueName: requiredText(200),
    venueAddress: requiredText(300),
    hostOrganisationId: optionalOrganisationId,
    contactEmail: emailAddress,
    retainUntil: localTime,
    notifyRegistered: z.boolean(),
  })
  .refine((input) => input.endsAt > input.startsAt, { path: ["endsAt"], message: "invalid" })
  // Personal data is kept at least until the meeting is over.
  .refine((input) => input.retainUntil > input.endsAt, { path: ["retainUntil"], message: "invalid" });

export type EventSettingsInput = z.infer<typeof eventSettingsInput>;
export type EventPlaceInput = z.infer<typeof eventPlaceInput>;
export type ActivitySettingsInput = z.infer<typeof activitySettingsInput>;
export type NewActivityInput = z.infer<typeof newActivityInput>;
