import { z } from "zod";
import { optionalText } from "./fields";

// Inputs of the annual meeting's persons: a person of the member's registrations, or none.
const personChoice = z
  .string({ error: "invalid" })
  .trim()
  .refine((value) => value === "" || z.uuid().safeParse(value).success, "invalid")
  .transform((value) => value || null);

export const substituteInput = z.object({ substituteId: personChoice });
export type SubstituteInput = z.infer<typeof substituteInput>;

// The reason is required by the service when an ombud is replaced or removed, not when one is first named.
export const ombudInput = z.object({ ombudId: personChoice, reason: optionalText(500) });
export type OmbudInput = z.infer<typeof ombudInput>;

export const mandateRequestToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
