import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { draftData, type DraftData } from "./draft-data";

export type RegistrationDraftView = {
  id: string;
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
  const draft = await db.registrationDraft.findFirst({ where: { id, event: { slug: eventSlug } } });
  if (!draft) return null;
  return { id: draft.id, eventSlug, data: draftData.parse(draft.data), registrationId: draft.registrationId };
}
