import { z } from "zod";
import { emailAddress, optionalText, requiredText } from "./fields";

// A person staff register at the door: their organisation (a member, or an observer by name),
// name, optional address and title, and what they attend; a reason when an administrator fills
// an activity past its capacity.
export const walkInInput = z
  .object({
    organisationId: z
      .string()
      .trim()
      .refine((value) => value === "" || z.uuid().safeParse(value).success, "invalid"),
    observerName: optionalText(200),
    name: requiredText(200),
    email: z
      .string()
      .trim()
      .transform((value) => value || null)
      .pipe(emailAddress.nullable()),
    title: optionalText(200),
    activityIds: z.array(z.uuid({ error: "invalid" })).pipe(z.array(z.custom<string>()).max(20, "tooMany")),
    overCapacityReason: optionalText(500),
  })
  .superRefine((input, context) => {
    if (!input.organisationId === !input.observerName)
      context.addIssue({ code: "custom", path: ["organisationId"], message: "chooseOrganisation" });
  });
export type WalkInInput = z.infer<typeof walkInInput>;
