import "server-only";
import { db } from "@/lib/db";
import type { ManageAccess } from "@/lib/registrations/manage-access";
import { nightOf } from "./meeting-nights";
import type { StayRecord } from "./stay-values";

export type StaySummary = StayRecord & { attendeeId: string; name: string; hotel: string | null };

/** The stays a private link covers: every person of the contact's registration, or the attendee's own. */
export async function listStays(access: ManageAccess): Promise<StaySummary[]> {
  return staysOf(access.registrationId, access.kind === "attendee" ? access.attendeeId : undefined);
}

/** The stays of a registration's active people, or of one of them; the caller has checked who may see them. */
export async function staysOf(registrationId: string, attendeeId?: string): Promise<StaySummary[]> {
  const stays = await db.attendeeStay.findMany({
    where: {
      attendee: { registrationId, status: "active", ...(attendeeId ? { id: attendeeId } : {}) },
    },
    select: {
      attendeeId: true,
      nights: true,
      arrivalAt: true,
      arrivalMode: true,
      arrivalDetails: true,
      departureAt: true,
      departureMode: true,
      departureDetails: true,
      hotel: { select: { name: true } },
      attendee: { select: { name: true } },
    },
    orderBy: { attendee: { name: "asc" } },
  });
  return stays.map(({ attendee, hotel, nights, ...stay }) => ({
    ...stay,
    name: attendee.name,
    hotel: hotel?.name ?? null,
    nights: nights.map(nightOf).sort(),
  }));
}
