// Idempotent seed: creates what is missing and leaves existing rows alone, so re-running it never
// overwrites what staff have edited since.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { memberOrganisations } from "./organisations";
import { HOST_NAME, luleaActivities, luleaEvent } from "./lulea-2027";

export async function seed(db: PrismaClient) {
  for (const organisation of memberOrganisations) {
    await db.organisation.upsert({
      where: { name: organisation.name },
      create: { name: organisation.name, isMember: true, votes: 1 },
      update: {},
    });
  }
  const host = await db.organisation.findUniqueOrThrow({ where: { name: HOST_NAME } });
  const event = await db.event.upsert({
    where: { slug: luleaEvent.slug },
    create: { ...luleaEvent, hostOrganisationId: host.id },
    update: {},
  });
  for (const activity of luleaActivities) {
    await db.activity.upsert({
      where: { eventId_key: { eventId: event.id, key: activity.key } },
      create: { ...activity, eventId: event.id },
      update: {},
    });
  }
  const placeholders = memberOrganisations.filter((organisation) => !organisation.confirmed).length;
  return { event: event.slug, organisations: memberOrganisations.length, placeholders };
}
