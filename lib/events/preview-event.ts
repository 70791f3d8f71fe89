import "server-only";
import { authorizeEvent, type Staff } from "@/lib/auth/staff-session";
import { AppError } from "@/lib/errors";
import { kysely } from "@/lib/sql";
import { getPublicEvent } from "./get-public-event";

const EVERY_STATUS = ["draft", "open", "closed", "archived"] as const;

/** The event's public page as it will look, whatever its status, for anyone with a role at it. */
export async function previewEvent(staff: Staff | null, slug: string) {
  await authorizeEvent(staff, slug, "viewer");
  const event = await getPublicEvent(slug, kysely, EVERY_STATUS);
  if (!event) throw new AppError("not_found", "no such event");
  return event;
}
