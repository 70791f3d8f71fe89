// The submit limit itself, with a small limit set for this file only.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/events/[slug]/registrations/route";
import { delegate, registration, rowCounts, seededMeeting } from "./registration-fixtures";
import type { DB } from "@/lib/generated/kysely/database";

// Hoisted above the imports: the environment is read once, when the app's modules load.
vi.hoisted(() => {
  process.env.REGISTRATION_RATE_LIMIT = "3";
  // As server.mjs sets it: the peer's address arrives in this header.
  process.env.SIK_PEER_ADDRESS_HEADER = "x-sik-peer-address";
});

let meeting: Awaited<ReturnType<typeof seededMeeting>>;

beforeAll(async () => {
  meeting = await seededMeeting();
});

function submitFrom(address: string) {
  const { eventSlug: _slug, ...body } = registration(meeting.members[0]!.id, [
    delegate([meeting.activity("day-1").id]),
  ]);
  const request = new Request("http://localhost/api/v1/events/lulea-2027/registrations", {
    method: "POST",
    headers: { "content-type": "application/json", "x-sik-peer-address": address, "accept-language": "en" },
    body: JSON.stringify({ ...body, locale: "en" }),
  });
  return POST(request, { params: Promise.resolve({ slug: "lulea-2027" }) });
}

describe("registration rate limit", () => {
  it("refuses the fourth submit from one address with 429 and a clear message, but not others", async () => {
    for (let attempt = 0; attempt < 3; attempt++) expect((await submitFrom("198.51.100.7")).status).toBe(201);
    const before = await rowCounts();
    const refused = await submitFrom("198.51.100.7");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/^Too many registrations from the same address\. Wait \d+ seconds?/),
    });
    expect(await rowCounts()).toEqual(before);
    expect((await submitFrom("198.51.100.8")).status).toBe(201);
  });

  it("counts in PostgreSQL, so it holds across app instances", async () => {
    const { consumeRateLimit } = await import("@/lib/rate-limit/consume-rate-limit");
    const { default: pg } = await import("pg");
    const { Kysely, PostgresDialect } = await import("kysely");
    // A second pool stands in for a second app instance with its own connections.
    const otherPool = new pg.Pool({ connectionString: process.env.DATABASE_URL! });
    const other = new Kysely<DB>({ dialect: new PostgresDialect({ pool: otherPool }) });
    const now = new Date("2027-01-01T10:00:00Z");
    try {
      expect((await consumeRateLimit("shared", 2, 60, now)).allowed).toBe(true);
      expect((await consumeRateLimit("shared", 2, 60, now, other)).allowed).toBe(true);
      expect((await consumeRateLimit("shared", 2, 60, now)).allowed).toBe(false);
      expect((await consumeRateLimit("shared", 2, 60, new Date("2027-01-01T10:01:00Z"), other)).allowed).toBe(
        true,
      );
    } finally {
      await other.destroy();
    }
  });
});
