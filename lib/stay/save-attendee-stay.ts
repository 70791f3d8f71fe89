import "server-only";
import { db, LOCKING_TRANSACTION, queriesIn } from "@/lib/db";
import { AppError, type FieldIssue } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { actorOf, loadForChange, type ManageAccess } from "@/lib/registrations/manage-access";
import type { StayInput } from "@/lib/validation/stay";
import { meetingNights, nightDate, nightOf } from "./meeting-nights";
import { readHotels } from "./read-hotels";

/**
 * Sets a person's stay and travel through a private link (until the change deadline) or by staff.
 * A night at a hotel takes one of its rooms for that night; a full night, a night the hotel holds
 * no rooms for, or a new booking after the block's release is refused at its field. Audited.
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
      // One booking at a time per hotel, so two people never take its last room.
      const locked = await queriesIn(tx)
        .selectFrom("Hotel")
        .select("id")
        .where("id", "=", input.hotelId)
        .where("eventId", "=", registration.eventId)
        .forUpdate()
        .executeTakeFirst();
      if (!locked) throw new AppError("validation", "no such hotel", [{ field: "hotelId", code: "invalid" }]);
      const hotel = (await readHotels(registration.eventId, tx, attendeeId)).find(
        (row) => row.id === input.hotelId,
      )!;
      const held = new Set(current?.hotelId === hotel.id ? current.nights.map(nightOf) : []);
      const added = nights.filter((night) => !held.has(night));
      if (added.length > 0 && hotel.releaseAt <= now && access.kind !== "staff")
        issues.push({ field: "hotelId", code: "hotelReleased", params: { hotel: hotel.name } });
      for (const night of added) {
        const row = hotel.nights.find((candidate) => candidate.night === night);
        if (!row || row.left === 0)
          issues.push({ field: "nights", code: "hotelNightFull", params: { hotel: hotel.name, night } });
      }
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
