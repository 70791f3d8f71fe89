import { z } from "zod";
import { optionalText } from "./fields";

// Inputs of the check-in page and the voting register; the scope is an activity key or empty for the entrance.
const scope = z
  .string()
  .max(50)
  .regex(/^[a-z0-9-]*$/)
  .transform((value) => value || null);

export const checkInByCodeInput = z.object({
  scope,
  code: z.string().trim().min(1, "checkInCodeUnknown").max(2000),
});
export const checkInByIdInput = z.object({ scope, attendeeId: z.uuid() });
export const undoCheckInInput = z.object({ scope, attendeeId: z.uuid(), checkedInAt: z.iso.datetime() });
// Fixing the register is confirmed by a tick: it is the record of who voted for whom.
export const votingRegisterFixInput = z.object({
  reason: optionalText(500),
  confirm: z.literal(true, { error: "confirmFix" }),
});
