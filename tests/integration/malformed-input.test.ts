// Property-based: thousands of malformed registrations and raw bodies sent to the API. Whatever
// arrives, the answer is a 4xx naming the field at fault, never a 5xx, and nothing is written.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/[slug]/registrations/route";
import { registrationInput } from "@/lib/validation/registration";
import { delegate, registration, rowCounts, seededMeeting } from "./registration-fixtures";

let valid: Record<string, unknown>;
beforeAll(async () => {
  const meeting = await seededMeeting();
  const { eventSlug: _slug, ...body } = registration(meeting.members[0]!.id, [
    delegate([meeting.activity("day-1").id, meeting.activity("hybrit").id]),
    delegate([meeting.activity("dinner").id]),
  ]);
  valid = body;
});

async function post(body: string) {
  const response = await POST(
    new Request("http://localhost/api/v1/events/lulea-2027/registrations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    }),
    { params: Promise.resolve({ slug: "lulea-2027" }) },
  );
  return {
    status: response.status,
    json: (await response.json()) as { error?: { fields?: { field: string; message: string }[] } },
  };
}

const PATHS = [
  "idempotencyKey",
  "locale",
  "organisation",
  "organisation.kind",
  "organisation.id",
  "organisation.name",
  "contact",
  "contact.name",
  "contact.email",
  "contact.phone",
  "privacyConsent",
  "delegates",
  "delegates.0",
  "delegates.1",
  "delegates.0.name",
  "delegates.0.email",
  "delegates.1.email",
  "delegates.0.title",
  "delegates.0.phone",
  "delegates.0.activityIds",
  "delegates.0.activityIds.0",
  "delegates.0.isVotingDelegate",
  "delegates.0.dietChoices",
  "delegates.0.dietOther",
  "delegates.0.answers",
  "delegates.0.listConsent",
];

const badValue = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 2000 }),
  fc.constantFrom(
    "",
    " ",
    "null",
    "<script>alert(1)</script>",
    '\'; DROP TABLE "Attendee"; --',
    "\u0000",
    "😀".repeat(50),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.anything(), { maxKeys: 5 }),
);

const mutation = fc.record({
  path: fc.constantFrom(...PATHS),
  remove: fc.boolean(),
  value: badValue,
});

function mutate(
  body: Record<string, unknown>,
  mutations: { path: string; remove: boolean; value: unknown }[],
) {
  const copy = structuredClone(body);
  for (const { path, remove, value } of mutations) {
    const keys = path.split(".");
    let target: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) {
      const next: unknown = target?.[key];
      target = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : undefined;
    }
    if (!target) continue;
    if (remove) delete target[keys.at(-1)!];
    else target[keys.at(-1)!] = value;
  }
  return copy;
}

describe("malformed input to the registration API", () => {
  it("6,000 malformed registrations: each a 422 with field errors, none written", async () => {
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const body = mutate(valid, mutations);
        fc.pre(!registrationInput.safeParse(body).success);
        const { status, json } = await post(JSON.stringify(body));
        expect(status).toBe(422);
        expect(json.error?.fields?.length).toBeGreaterThan(0);
        for (const field of json.error!.fields!) expect(field.message).toBeTruthy();
      }),
      { numRuns: 6000, maxSkipsPerRun: 1000 },
    );
    expect(await rowCounts()).toEqual(before);
  }, 120_000);

  it("4,000 bodies that are not a registration at all: each a 4xx naming the body or a field", async () => {
    const before = await rowCounts();
    const raw = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json().filter((text) => !text.startsWith("{")),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify({ delegates: value, contact: value })),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
    );
    await fc.assert(
      fc.asyncProperty(raw, async (body) => {
        const { status, json } = await post(body);
        expect(status).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThan(500);
        expect(json.error?.fields?.length).toBeGreaterThan(0);
      }),
      { numRuns: 4000 },
    );
    expect(await rowCounts()).toEqual(before);
  }, 120_000);
});
