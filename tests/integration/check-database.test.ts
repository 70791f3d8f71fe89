import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkDatabase } from "@/lib/health/check-database";

describe("checkDatabase", () => {
  it("is true when the database answers", async () => {
    expect(await checkDatabase()).toBe(true);
  });

  it("is false when nothing listens at the configured address", async () => {
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://nobody@127.0.0.1:1/none",
        connectionTimeoutMillis: 1000,
      }),
    });
    expect(await checkDatabase(3000, unreachable)).toBe(false);
  });
});
