import "server-only";
import { db } from "@/lib/db";
import { enqueueEmails } from "@/lib/mail/enqueue-email";

const DAYS_BEFORE = 3;

/**
 * Reminds the meeting's contact address and its administrators of a hotel block released within
 * three days, once per hotel: rooms not booked by then go back to the hotel. Run by the outbox worker.
 */
export async function remindHotelReleases(now = new Date()): Promise<number> {
  const due = await db.hotel.findMany({
    where: {
      releaseRemindedAt: null,
      releaseAt: { gt: now, lte: new Date(now.getTime() + DAYS_BEFORE * 24 * 60 * 60 * 1000) },
      event: { status: { in: ["open", "closed"] } },
    },
    select: {
      id: true,
      eventId: true,
      event: {
        select: {
          contactEmail: true,
          roles: { where: { role: "admin" }, select: { user: { select: { email: true } } } },
        },
      },
    },
  });
  let queued = 0;
  for (const hotel of due) {
    const claimed = await db.hotel.updateMany({
      where: { id: hotel.id, releaseRemindedAt: null },
      data: { releaseRemindedAt: now },
    });
    if (claimed.count === 0) continue;
    const recipients = [
      ...new Set(
        [hotel.event.contactEmail, ...hotel.event.roles.map((role) => role.user.email)].map((email) =>
          email.toLowerCase(),
        ),
      ),
    ];
    await enqueueEmails(
      db,
      recipients.map((recipient) => ({
        eventId: hotel.eventId,
        recipient,
        locale: "sv" as const,
        template: "hotel-release" as const,
        payload: { hotelId: hotel.id },
        dedupeKey: `hotel-release:${hotel.id}:${recipient}`,
      })),
    );
    queued += recipients.length;
  }
  return queued;
}
