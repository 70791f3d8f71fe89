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
  // A published meeting is held under the membership of its publication (lib/organisations/snapshot-membership.ts).
  if (event.status !== "draft" && (await db.eventMembership.count({ where: { eventId: event.id } })) === 0) {
    const members = await db.organisation.findMany({ where: { isMember: true } });
    await db.eventMembership.createMany({
      data: members.map((member) => ({
        eventId: event.id,
        organisationId: member.id,
        name: member.name,
        votes: member.votes,
      })),
      skipDuplicates: true,
    });
  }
  const placeholders = memberOrganisations.filter((organisation) => !organisation.confirmed).length;
  return { event: event.slug, organisations: memberOrganisations.length, placeholders };
}
