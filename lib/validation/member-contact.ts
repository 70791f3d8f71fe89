import { z } from "zod";
import { emailAddress, requiredText } from "./fields";

/** A contact person of an organisation in the register: invitations and reminders go to them. */
export const memberContactInput = z.object({
  name: requiredText(120),
  email: emailAddress,
  locale: z.enum(["sv", "en"], { error: "invalid" }),
});

export type MemberContactInput = z.infer<typeof memberContactInput>;

/** Contacts one organisation may have: each gets every invitation. */
export const MAX_CONTACTS = 10;
