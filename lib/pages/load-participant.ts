import "server-only";
import { notFound } from "next/navigation";
import { getParticipantDetail } from "@/lib/admin/get-participant-detail";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";

/** A delegate as a page that changes them needs it: staff role at the event, delegate still active. */
export async function loadParticipantForChange(locale: AppLocale, slug: string, attendeeId: string) {
  const staff = await requireStaffPage(locale);
  const detail = await loadOrNotFound(getParticipantDetail(staff, slug, attendeeId));
  if (detail.role === "viewer" || detail.attendee.status !== "active") notFound();
  return { staff, detail };
}
