import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { draftData, type DraftData } from "./draft-data";

const DRAFT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days a draft lives after its last change; the scheduled clean-up removes it then. */
export { DRAFT_DAYS };

export type RegistrationDraftView = {
  id: string;
  eventId: string;
  eventSlug: string;
  data: DraftData;
  registrationId: string | null;
};

/** The draft with this id for this event, or null (also for ids that are not UUIDs). */
export async function getRegistrationDraft(
  id: string,
  eventSlug: string,
): Promise<RegistrationDraftView | null> {
  if (!z.uuid().safeParse(id).success) return null;
  // A draft, and the confirmation page of a submitted one, lives DRAFT_DAYS after its last change.
  const draft = await db.registrationDraft.findFirst({
    where: { id, event: { slug: eventSlug }, updatedAt: { gte: new Date(Date.now() - DRAFT_DAYS * DAY_MS) } },
  });
  if (!draft) return null;
  return {
    id: draft.id,
    eventId: draft.eventId,
    eventSlug,
    data: draftData.parse(draft.data),
    registrationId: draft.registrationId,
  };
}
