// What the public form has collected so far. Deliberately lenient: a draft holds whatever was
// typed, valid or not, so nothing is lost between steps. The step schemas decide when to move on.
import { z } from "zod";
import { EMPTY_STAY } from "@/lib/stay/stay-values";

const text = z.string().catch("");

// The stay as its fields hold it (lib/stay/stay-values.ts), judged when the needs step is sent.
const draftStay = z
  .object({
    hotelId: text,
    nights: z.array(z.string()).catch([]),
    arrivalAt: text,
    arrivalMode: text,
    arrivalDetails: text,
    departureAt: text,
    departureMode: text,
    departureDetails: text,
  })
  .catch(EMPTY_STAY);

export const draftDelegate = z.object({
  key: z.string(),
  name: text,
  email: text,
  title: text,
  phone: text,
  activityIds: z.array(z.string()).catch([]),
  dietChoices: z.array(z.string()).catch([]),
  dietOther: text,
  allergies: text,
  accessibilityNeeds: text,
  answers: z.record(z.string(), z.record(z.string(), z.string())).catch({}),
  stay: draftStay,
  listConsent: z.boolean().catch(false),
});

export const draftData = z.object({
  organisation: z
    .object({ kind: z.enum(["member", "observer"]).optional().catch(undefined), id: text, name: text })
    .catch({ kind: undefined, id: "", name: "" }),
  contact: z.object({ name: text, email: text, phone: text }).catch({ name: "", email: "", phone: "" }),
  contactIsDelegate: z.boolean().catch(false),
  delegates: z.array(draftDelegate).catch([]),
  votingDelegateKey: z.string().nullable().catch(null),
  privacyConsent: z.boolean().catch(false),
  // The invitation link's token the form was opened with, checked again when the draft is sent.
  invitationToken: z.string().nullable().catch(null),
});

export type DraftData = z.infer<typeof draftData>;
export type DraftDelegate = z.infer<typeof draftDelegate>;

export function emptyDraftData(): DraftData {
  return draftData.parse({ organisation: {}, contact: {}, invitationToken: null });
}

export function blankDelegate(key: string, from: Partial<DraftDelegate> = {}): DraftDelegate {
  return draftDelegate.parse({ key, ...from });
}
