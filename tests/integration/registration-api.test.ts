import SwaggerParser from "@apidevtools/swagger-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getEvent } from "@/app/api/v1/events/[slug]/route";
import { GET as listEvents } from "@/app/api/v1/events/route";
import { POST } from "@/app/api/v1/events/[slug]/registrations/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db";
import { HYBRIT_ANSWERS, delegate, registration, rowCounts, seededMeeting } from "./registration-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
beforeAll(async () => {
  meeting = await seededMeeting();
});

function post(body: unknown, slug = "lulea-2027", headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1/events/${slug}/registrations`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ slug }) });
}

function validBody() {
  const { eventSlug: _slug, ...body } = registration(meeting.members[0]!.id, [
    delegate([meeting.activity("day-1").id]),
  ]);
  return body;
}

describe("POST /api/v1/events/{slug}/registrations", () => {
  it("answers 201 with the reference and each delegate's status, and 200 with the same result on a repeat", async () => {
    const hybrit = meeting.activity("hybrit");
    const body = {
      ...validBody(),
      delegates: [delegate([hybrit.id], { answers: { [hybrit.id]: HYBRIT_ANSWERS } })],
    };
    const created = await post(body);
    expect(created.status).toBe(201);
    const json = await created.json();
    expect(json).toMatchObject({
      reference: expect.stringMatching(/^LUL-/),
      delegates: [{ signups: [{ activityKey: "hybrit", status: "confirmed", waitlistPosition: null }] }],
    });
    const repeat = await post(body);
    expect(repeat.status).toBe(200);
    expect((await repeat.json()).reference).toBe(json.reference);
  });

  it("takes the idempotency key from the Idempotency-Key header", async () => {
    const { idempotencyKey, ...body } = validBody();
    const first = await post(body, "lulea-2027", { "idempotency-key": idempotencyKey });
    const second = await post(body, "lulea-2027", { "idempotency-key": idempotencyKey });
    expect([first.status, second.status]).toEqual([201, 200]);
  });

  const otherEventActivity = async () => {
    const other = await db.event.create({
      data: {
        slug: `other-${Date.now()}`,
        nameSv: "Annan",
        nameEn: "Other",
        summarySv: "",
        summaryEn: "",
        startsAt: meeting.event.startsAt,
        endsAt: meeting.event.endsAt,
        venueName: "X",
        venueAddress: "X",
        city: "X",
        referencePrefix: "OTH",
        contactEmail: "x@example.se",
        registrationOpensAt: meeting.event.registrationOpensAt,
        registrationClosesAt: meeting.event.registrationClosesAt,
        changeDeadline: meeting.event.changeDeadline,
        retainUntil: meeting.event.retainUntil,
        status: "open",
      },
    });
    const activity = await db.activity.create({
      data: {
        eventId: other.id,
        key: "x",
        kind: "programme",
        nameSv: "X",
        nameEn: "X",
        placeSv: "X",
        placeEn: "X",
        startsAt: other.startsAt,
        endsAt: other.endsAt,
      },
    });
    return activity.id;
  };

  const badInputs: [string, () => Promise<unknown> | unknown, number, string[]][] = [
    ["missing contact", () => ({ ...validBody(), contact: undefined }), 422, ["contact"]],
    ["missing delegates", () => ({ ...validBody(), delegates: [] }), 422, ["delegates"]],
    [
      "a name that is too long",
      () => ({ ...validBody(), contact: { ...validBody().contact, name: "x".repeat(121) } }),
      422,
      ["contact.name"],
    ],
    [
      "an e-mail of the wrong type",
      () => ({ ...validBody(), delegates: [{ ...validBody().delegates[0], email: 42 }] }),
      422,
      ["delegates.0.email"],
    ],
    [
      "a malformed e-mail",
      () => ({ ...validBody(), contact: { ...validBody().contact, email: "karin at lulea" } }),
      422,
      ["contact.email"],
    ],
    [
      "activity ids that are not ids",
      () => ({ ...validBody(), delegates: [{ ...validBody().delegates[0], activityIds: ["hybrit"] }] }),
      422,
      ["delegates.0.activityIds.0"],
    ],
    ["no consent", () => ({ ...validBody(), privacyConsent: false }), 422, ["privacyConsent"]],
    [
      "an unknown organisation",
      () => ({
        ...validBody(),
        organisation: { kind: "member", id: "00000000-0000-4000-8000-000000000000" },
      }),
      422,
      ["organisation.id"],
    ],
    [
      "an unknown activity",
      () => ({
        ...validBody(),
        delegates: [{ ...validBody().delegates[0], activityIds: ["00000000-0000-4000-8000-000000000001"] }],
      }),
      422,
      ["delegates.0.activityIds"],
    ],
    [
      "another event's activity",
      async () => ({
        ...validBody(),
        delegates: [{ ...validBody().delegates[0], activityIds: [await otherEventActivity()] }],
      }),
      422,
      ["delegates.0.activityIds"],
    ],
    [
      "two voting delegates",
      () => {
        const meetingId = meeting.activity("annual-meeting").id;
        return {
          ...validBody(),
          delegates: [
            delegate([meetingId], { isVotingDelegate: true }),
            delegate([meetingId], { isVotingDelegate: true }),
          ],
        };
      },
      422,
      ["delegates.1.isVotingDelegate"],
    ],
  ];

  it.each(badInputs)(
    "rejects %s with field errors and writes nothing",
    async (_case, makeBody, status, fields) => {
      const body = await makeBody();
      const before = await rowCounts();
      const response = await post(body);
      expect(response.status).toBe(status);
      const json = await response.json();
      expect(json.error.fields.map((field: { field: string }) => field.field)).toEqual(fields);
      for (const field of json.error.fields) expect(field.message).toMatch(/\S/);
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("refuses a different request under a known idempotency key with 422, showing nothing of the first", async () => {
    const first = validBody();
    expect((await post(first)).status).toBe(201);
    const other = {
      ...validBody(),
      idempotencyKey: first.idempotencyKey,
      contact: { name: "Annan Person", email: `annan-${Date.now()}@example.se`, phone: "070-111 11 11" },
    };
    const before = await rowCounts();
    const reused = await post(other);
    expect(reused.status).toBe(422);
    const text = await reused.text();
    expect(text).toContain("Idempotency-Key");
    for (const secret of [first.contact.email, first.contact.name, first.delegates[0]!.email])
      expect(text).not.toContain(secret);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses text PostgreSQL cannot store with 422 naming the field, and a slug with a NUL with 404", async () => {
    for (const bad of ["Karin\u0000", "Karin\ud800", "\u202eKarin", "Karin\ufffd"]) {
      const body = validBody();
      const response = await post({ ...body, contact: { ...body.contact, name: bad } });
      expect(response.status, bad).toBe(422);
      const json = await response.json();
      expect(json.error.fields.map((field: { field: string }) => field.field)).toContain("contact.name");
    }
    expect((await post(validBody(), "lulea\u00002027")).status).toBe(404);
  });

  it("answers 422 naming the place of a key that names a prototype, wherever it is", async () => {
    const body = JSON.stringify(validBody());
    for (const hostile of [
      body.replace('"contact":', '"__proto__": {"bcc": "x@evil.example"}, "contact":'),
      body.replace('"name":', '"constructor": {"prototype": {"bcc": "x"}}, "name":'),
      body.replace('"activityIds":', '"extra": [{"__proto__": {"bcc": "x"}}], "activityIds":'),
    ]) {
      const before = await rowCounts();
      const response = await post(hostile);
      expect(response.status).toBe(422);
      const fields = (await response.json()).error.fields.map((field: { field: string }) => field.field);
      expect(fields[0]).toMatch(/(^|\.)(__proto__|constructor)$/);
      expect(await rowCounts()).toEqual(before);
    }
    expect(({} as Record<string, unknown>).bcc).toBeUndefined();
  });

  it("answers 413 to a body over the limit and 415 to one that is not JSON", async () => {
    const big = JSON.stringify({ ...validBody(), padding: "x".repeat(300 * 1024) });
    expect((await post(big)).status).toBe(413);
    const form = await POST(
      new Request("http://localhost/api/v1/events/lulea-2027/registrations", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: "--x--",
      }),
      { params: Promise.resolve({ slug: "lulea-2027" }) },
    );
    expect(form.status).toBe(415);
  });

  it("answers 400 to a body that is not a JSON object, and 404 to an unknown event", async () => {
    for (const body of ["{not json", "[1,2]", "null"]) expect((await post(body)).status).toBe(400);
    expect((await post(validBody(), "no-such-meeting")).status).toBe(404);
  });

  it("answers 409 once registration has closed, in the language of the request", async () => {
    const closes = meeting.event.registrationClosesAt;
    await db.event.update({
      where: { id: meeting.event.id },
      data: {
        registrationClosesAt: new Date(Date.now() - 1000),
        registrationOpensAt: new Date(Date.now() - 2000),
      },
    });
    try {
      const before = await rowCounts();
      const response = await post({ ...validBody(), locale: "en" });
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({
        error: { code: "registration_closed", message: "Registration is closed." },
      });
      expect(await rowCounts()).toEqual(before);
    } finally {
      await db.event.update({
        where: { id: meeting.event.id },
        data: { registrationClosesAt: closes, registrationOpensAt: meeting.event.registrationOpensAt },
      });
    }
  });

  it("answers 409 naming the organisation when it already has a voting delegate", async () => {
    const member = meeting.members[10]!;
    const meetingId = meeting.activity("annual-meeting").id;
    const body = () => {
      const { eventSlug: _slug, ...input } = registration(member.id, [
        delegate([meetingId], { isVotingDelegate: true }),
      ]);
      return input;
    };
    expect((await post(body())).status).toBe(201);
    const response = await post(body());
    expect(response.status).toBe(409);
    const json = await response.json();
    expect(json.error.fields[0]).toMatchObject({
      code: "votingDelegateTaken",
      message: `${member.name} har redan ett ombud till årsmötet`,
    });
  });
});

type Schema = { properties?: Record<string, Schema>; items?: Schema };

/** Paths in `value` that `schema` does not describe. */
function undocumented(value: unknown, schema: Schema, path: string): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) =>
      schema.items ? undocumented(item, schema.items, `${path}.${index}`) : [],
    );
  if (value === null || typeof value !== "object" || !schema.properties) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const described = Object.hasOwn(schema.properties!, key) ? schema.properties![key] : undefined;
    return described ? undocumented(inner, described, `${path}.${key}`) : [`${path}.${key}`];
  });
}

describe("GET /api/v1/events/{slug}", () => {
  it("returns the event with activities and remaining seats", async () => {
    const response = await getEvent(new Request("http://localhost"), {
      params: Promise.resolve({ slug: "lulea-2027" }),
    });
    expect(response.status).toBe(200);
    const json = await response.json();
    const hybrit = json.activities.find((activity: { key: string }) => activity.key === "hybrit");
    expect(hybrit).toMatchObject({ capacity: 40, waitlistEnabled: true });
    expect(hybrit.seatsLeft).toBeLessThanOrEqual(40);
    expect(json.programme.length).toBeGreaterThan(0);
    // Every field the answer holds is in the OpenAPI document, at every level.
    const document = await (await getOpenApi()).json();
    expect(undocumented(json, document.components.schemas.Event, "event")).toEqual([]);
    const missing = await getEvent(new Request("http://localhost"), {
      params: Promise.resolve({ slug: "nope" }),
    });
    expect(missing.status).toBe(404);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI document describing every endpoint", async () => {
    const document = await (await getOpenApi()).json();
    const api = await SwaggerParser.validate(document);
    expect(Object.keys(api.paths ?? {})).toEqual([
      "/api/v1/events",
      "/api/v1/events/{slug}",
      "/api/v1/events/{slug}/registrations",
    ]);
  });
});

describe("GET /api/v1/events", () => {
  it("lists the published meetings that have not ended, and no draft", async () => {
    const {
      id: _id,
      createdAt: _created,
      updatedAt: _updated,
      ...lulea
    } = await db.event.findUniqueOrThrow({
      where: { slug: "lulea-2027" },
    });
    const draft = await db.event.create({
      data: {
        ...lulea,
        themes: lulea.themes ?? [],
        questions: lulea.questions ?? [],
        slug: "utkast-2027",
        status: "draft",
      },
    });
    const response = await listEvents();
    expect(response.status).toBe(200);
    const { events } = (await response.json()) as { events: { slug: string; name: { sv: string } }[] };
    const slugs = events.map((event) => event.slug);
    expect(slugs).toContain("lulea-2027");
    expect(slugs).not.toContain("utkast-2027");
    expect(events.find((event) => event.slug === "lulea-2027")!.name.sv).toBe(meeting.event.nameSv);
    const document = await (await getOpenApi()).json();
    expect(undocumented(events, { items: document.components.schemas.EventSummary }, "events")).toEqual([]);
    await db.event.delete({ where: { id: draft.id } });
  });
});
