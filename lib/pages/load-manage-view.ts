import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { getManageView, type ManageView } from "@/lib/registrations/get-manage-view";

/**
 * The private link's view, and the attendee the page is about if it names one. An unknown link,
 * or a person the link does not cover, is a 404 with the link's own message; a caller who has
 * tried too many unknown links is told how long to wait.
 */
export async function loadManageView(
  token: string,
  attendeeId?: string,
): Promise<
  | { ok: true; view: ManageView; attendee?: ManageView["registration"]["attendees"][number] }
  | { ok: false; retryAfterMinutes: number }
> {
  let view: ManageView | null;
  try {
    view = await getManageView(token, clientAddress(await headers()));
  } catch (error) {
    if (isAppError(error) && error.code === "rate_limited") {
      return { ok: false, retryAfterMinutes: Math.ceil(Number(error.params.retryAfter) / 60) };
    }
    throw error;
  }
  if (!view) notFound();
  if (!attendeeId) return { ok: true, view };
  const attendee = view.registration.attendees.find(
    (candidate) => candidate.id === attendeeId && candidate.status === "active",
  );
  if (!attendee) notFound();
  return { ok: true, view, attendee };
}
