// Idempotent seed: creates what is missing and leaves existing rows alone, so re-running it never
// overwrites what staff have edited since.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { memberOrganisations } from "./seed-data/organisations";
import { HOST_NAME, luleaActivities, luleaEvent } from "./seed-data/lulea-2027";

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

async function main() {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  try {
    const result = await seed(db);
    console.log(
      `Seeded ${result.event} and ${result.organisations} member organisations ` +
        `(${result.placeholders} are placeholders; see prisma/seed-data/organisations.ts).`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
