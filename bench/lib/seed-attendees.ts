// 10,000 attendees in 2,000 registrations of the seeded meeting, written straight to the database:
// for benchmarks that measure reading and exporting, not registering.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export async function seedAttendees(db: PrismaClient, count = 10_000) {
  const event = await db.event.findUniqueOrThrow({
    where: { slug: "lulea-2027" },
    include: { activities: true },
  });
  const members = await db.organisation.findMany({ where: { isMember: true } });
  const dinner = event.activities.find((activity) => activity.key === "dinner")!;
  const perRegistration = 5;
  for (let batch = 0; batch < count / (100 * perRegistration); batch++) {
    await db.$transaction(async (tx) => {
      for (let index = 0; index < 100; index++) {
        const organisation = members[(batch * 100 + index) % members.length]!;
        const registration = await tx.registration.create({
          data: {
            eventId: event.id,
            organisationId: organisation.id,
            reference: `BEN-${batch}-${index}`,
            contactName: "Bench",
            contactEmail: "bench@example.se",
            contactPhone: "0700000000",
            manageTokenHash: randomUUID(),
            idempotencyKey: randomUUID(),
            consentAt: new Date(),
          },
        });
        const attendees = Array.from({ length: perRegistration }, (_, person) => ({
          id: randomUUID(),
          registrationId: registration.id,
          eventId: event.id,
          organisationId: organisation.id,
          name: `Person ${batch}-${index}-${person}`,
          email: `p-${batch}-${index}-${person}@example.se`,
          title: "Bench",
          manageTokenHash: randomUUID(),
          dietChoices: person === 0 ? ["vegan"] : [],
        }));
        await tx.attendee.createMany({ data: attendees });
        await tx.signup.createMany({
          data: attendees.map((attendee) => ({
            attendeeId: attendee.id,
            activityId: dinner.id,
            eventId: event.id,
            status: "confirmed" as const,
          })),
        });
      }
    });
  }
  return event;
}
