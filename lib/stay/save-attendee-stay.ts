import "server-only";
import { db, LOCKING_TRANSACTION, queriesIn } from "@/lib/db";
import { AppError, type FieldIssue } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { actorOf, loadForChange, type ManageAccess } from "@/lib/registrations/manage-access";
import type { StayInput } from "@/lib/validation/stay";
import { meetingNights, nightDate, nightOf } from "./meeting-nights";
import { bookNights, lockHotels, readRoomsLeft } from "./hotel-rooms";

/**
 * Sets a person's stay and travel through a private link (until the change deadline) or by staff,
 * under the booking rule of hotel-rooms.ts (refusals at their fields). Audited.
 */
export async function saveAttendeeStay(
  access: ManageAccess,
  attendeeId: string,
  input: StayInput,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const { registration } = await loadForChange(tx, access, now, attendeeId);
    const current = await tx.attendeeStay.findUnique({ where: { attendeeId } });
    const nights = [...new Set(input.nights)].sort();
    const offered = new Set(meetingNights(registration.event));
    const issues: FieldIssue[] = [];
    if (nights.some((night) => !offered.has(night))) issues.push({ field: "nights", code: "invalid" });
    if (input.hotelId) {
      const queries = queriesIn(tx);
      const hotel = (await lockHotels(queries, registration.eventId, [input.hotelId])).get(input.hotelId);
      if (!hotel) throw new AppError("validation", "no such hotel", [{ field: "hotelId", code: "invalid" }]);
      const left = (await readRoomsLeft(queries, [hotel.id], attendeeId)).get(hotel.id)!;
      const held = new Set(current?.hotelId === hotel.id ? current.nights.map(nightOf) : []);
      const added = nights.filter((night) => !held.has(night));
      // A night already held keeps its room, even when the hotel counts none left.
      issues.push(...bookNights({ hotel, added, left, staff: access.kind === "staff", now, prefix: "" }));
    }
    if (issues.length > 0) throw new AppError("validation", "stay refused", issues);
    const data = {
      hotelId: input.hotelId,
      nights: nights.map(nightDate),
      arrivalAt: input.arrivalAt,
      arrivalMode: input.arrivalMode,
      arrivalDetails: input.arrivalDetails,
      departureAt: input.departureAt,
      departureMode: input.departureMode,
      departureDetails: input.departureDetails,
    };
    await tx.attendeeStay.upsert({ where: { attendeeId }, create: { attendeeId, ...data }, update: data });
    await writeAuditEntry(tx, {
      eventId: registration.eventId,
      actor: actorOf(access),
      action: "attendee.stay-changed",
      entityType: "Attendee",
      entityId: attendeeId,
      changes: {
        hotelId: input.hotelId,
        nights,
        arrivalMode: input.arrivalMode,
        departureMode: input.departureMode,
      },
    });
  }, LOCKING_TRANSACTION);
}
