// `npm run db:seed` / `prisma db seed`: seeds the database at DATABASE_URL.
import { seedDatabase } from "../scripts/lib/seed-database";

seedDatabase(process.env.DATABASE_URL ?? "")
  .then((result) =>
    console.log(
      `Seeded ${result.event} and ${result.organisations} member organisations ` +
        `(${result.placeholders} are placeholders; see prisma/seed-data/organisations.ts).`,
    ),
  )
  .catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
