// `npm run db:seed`, and scripts/lib/seed-database.ts for the launcher and the tests: seeds the
// database at DATABASE_URL through the app's services (prisma/seed-data/seed.ts).
import { seed } from "./seed-data/seed";
import { db } from "@/lib/db";
import { pool } from "@/lib/sql";

async function main() {
  try {
    const result = await seed();
    console.log(
      `Seeded ${result.event} and ${result.organisations} member organisations ` +
        `(${result.placeholders} are placeholders; see prisma/seed-data/organisations.ts).`,
    );
  } catch (error) {
    console.error(
      `Seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

void main();
