// A new meeting, copied from an earlier one or from scratch: what the association administrator gives for it.
import { z } from "zod";
import { slugParam } from "@/lib/actions/action-input";
import { emailAddress, optionalOrganisationId, requiredText } from "./fields";

const filledIn = () => z.string({ error: "required" }).trim().min(1, { error: "required", abort: true });

const day = filledIn()
  .refine(
    // A day that exists: JavaScript reads 30 February as 2 March, so the day must read back the same.
    (value) => {
      const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
    },
    "invalid",
  )
  // Meetings are planned months ahead, not decades: a typo in the year is refused.
  .refine((value) => value >= "2020-01-01" && value <= "2099-12-31", "invalid");

export const newEventInput = z.object({
  // Empty: a meeting from scratch, with no programme yet.
  sourceSlug: z
    .string()
    .trim()
    .refine((value) => value === "" || slugParam.safeParse(value).success, "invalid")
    .transform((value) => value || null),
  nameSv: requiredText(200),
  nameEn: requiredText(200),
  slug: filledIn()
    .refine((value) => slugParam.safeParse(value).success, "slugFormat")
    // /admin/events/new is the form itself.
    .refine((value) => value !== "new", "slugTaken"),
  startDate: day,
  hostOrganisationId: optionalOrganisationId,
  city: requiredText(100),
  venueName: requiredText(200),
  venueAddress: requiredText(300),
  contactEmail: emailAddress,
  includeAnnualMeeting: z.boolean(),
});

export type NewEventInput = z.infer<typeof newEventInput>;
