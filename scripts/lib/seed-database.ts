import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seed } from "../../prisma/seed-data/seed";

export async function seedDatabase(url: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return await seed(db);
  } finally {
    await db.$disconnect();
  }
}
