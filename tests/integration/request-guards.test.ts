// Guards in front of the services: browsers from other sites, too many sign-in link requests, and
// callers trying unknown private links or check-in codes.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/[slug]/registrations/route";
import {
  limitSignInRequests,
  maySendSignInMail,
  normaliseSignInEmail,
} from "@/lib/auth/limit-sign-in-requests";
import { checkInAttendee } from "@/lib/check-in/check-in-attendee";
import { db } from "@/lib/db";
import { newToken } from "@/lib/registrations/tokens";
import { resolveManageTokenFrom } from "@/lib/registrations/manage-access";
import { delegate, registration, rowCounts, seededMeeting } from "./registration-fixtures";
import { outcomeOf } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
beforeAll(async () => {
  meeting = await seededMeeting();
});

const codeOf = outcomeOf;

function post(headers: Record<string, string>) {
  const { eventSlug: _slug, ...body } = registration(meeting.members[1]!.id, [
    delegate([meeting.activity("day-1").id]),
  ]);
  const request = new Request("http://localhost:3000/api/v1/events/lulea-2027/registrations", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ slug: "lulea-2027" }) });
}

describe("origin checks on state-changing routes", () => {
  it("refuse a browser posting from another site, and write nothing", async () => {
    const before = await rowCounts();
    expect((await post({ origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(await rowCounts()).toEqual(before);
  });

  it("let the app's own pages and server-side integrations through", async () => {
    expect((await post({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).status).toBe(
      201,
    );
    expect((await post({})).status).toBe(201);
  });
});

describe("sign-in link requests", () => {
  it("are limited per client address, whoever the address belongs to", async () => {
    const now = new Date("2027-01-15T10:00:00Z");
    for (let attempt = 0; attempt < 10; attempt++) await limitSignInRequests("10.0.0.2", now);
    expect(await codeOf(limitSignInRequests("10.0.0.2", now))).toBe("rate_limited");
    expect(await codeOf(limitSignInRequests("10.0.0.3", now))).toBe("ok");
  });

  it("send a few mails per e-mail address, keyed on the address NextAuth uses, and never lock anyone out", async () => {
    const now = new Date("2027-01-15T10:00:00Z");
    const variants = ["vem@example.se", " VEM@example.se", "Vem@Example.se "];
    const keys = variants.map(normaliseSignInEmail);
    expect(new Set(keys)).toEqual(new Set(["vem@example.se"]));
    expect(() => normaliseSignInEmail("vem@example.se,1")).toThrow();
    expect(() => normaliseSignInEmail("vem@example.se, annan@example.se")).toThrow();
    const allowed = [];
    for (let attempt = 0; attempt < 8; attempt++) allowed.push(await maySendSignInMail(keys[0]!, now));
    expect(allowed.filter(Boolean)).toHaveLength(5);
    // Another window: mail flows again, and nothing in between answered differently.
    expect(await maySendSignInMail(keys[0]!, new Date(now.getTime() + 16 * 60_000))).toBe(true);
  });
});

describe("unknown private links and check-in codes", () => {
  it("after 20 unknown links from one address, even a real link is refused for a while", async () => {
    const token = newToken();
    const { createHash } = await import("node:crypto");
    const created = await post({});
    const { reference } = await created.json();
    await db.registration.update({
      where: { reference },
      data: { manageTokenHash: createHash("sha256").update(token).digest("hex") },
    });
    expect(await resolveManageTokenFrom(token, "10.1.1.1")).toMatchObject({ kind: "contact" });
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(await resolveManageTokenFrom(newToken(), "10.1.1.1")).toBeNull();
    }
    expect(await codeOf(resolveManageTokenFrom(token, "10.1.1.1"))).toBe("rate_limited");
    expect(await resolveManageTokenFrom(token, "10.1.1.2")).toMatchObject({ kind: "contact" });
  });

  it("a staff member trying 30 forged codes is paused", async () => {
    const user = await db.user.create({ data: { email: "dorr@lulea.example.se" } });
    await db.eventRole.create({ data: { eventId: meeting.event.id, userId: user.id, role: "staff" } });
    const staff = { userId: user.id, email: user.email };
    const forged = () =>
      codeOf(checkInAttendee(staff, { slug: "lulea-2027", target: { code: "A".repeat(43) }, scope: null }));
    for (let attempt = 0; attempt < 30; attempt++) expect(await forged()).toBe("checkInCodeUnknown");
    expect(await forged()).toBe("rate_limited");
  });
});
