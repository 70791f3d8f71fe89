// An association administrator sets up the next meeting by copying an earlier one.
import { beforeAll, describe, expect, it } from "vitest";
import { parseQuestions } from "@/lib/registrations/activity-questions";
import { db } from "@/lib/db";
import { formatStockholm } from "@/lib/i18n/stockholm-time";
import { listStaffEvents, requireEventRole } from "@/lib/auth/staff-session";
import { copyEvent } from "@/lib/events/copy-event";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { getNewEventChoices } from "@/lib/events/get-new-event-choices";
import { previewEvent } from "@/lib/events/preview-event";
import { listPublicEvents } from "@/lib/events/list-public-events";
import { listPastEvents } from "@/lib/events/list-past-events";
import { newEventInput, type NewEventInput } from "@/lib/validation/new-event";
import { seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let secretariat: { userId: string; email: string };

beforeAll(async () => {
  meeting = await seededMeeting();
  const user = await db.user.create({
    data: { email: "kansliet@industrikommuner.example.se", associationRole: "admin" },
  });
  secretariat = { userId: user.id, email: user.email };
});

const autumn = (overrides: Partial<NewEventInput> = {}): NewEventInput => ({
  sourceSlug: "lulea-2027",
  nameSv: "Höstträff i Sandviken",
  nameEn: "Autumn meeting in Sandviken",
  slug: `sandviken-2027-${Math.random().toString(36).slice(2, 8)}`,
  // A Thursday in winter time, where Luleå's 25 April (a Sunday) was in summer time.
  startDate: "2027-11-11",
  hostOrganisationId: meeting.members[1]!.id,
  city: "Sandviken",
  venueName: "Göransson Arena",
  venueAddress: "Jernvägsgatan 1, 811 30 Sandviken",
  contactEmail: "traff@sandviken.example.se",
  includeAnnualMeeting: false,
  ...overrides,
});

/** Stockholm wall-clock time of a moment, "2027-04-25 10:30". */
const local = formatStockholm;

describe("copying a meeting", () => {
  it("makes a draft with the texts, activities and settings, every date moved and the time of day kept", async () => {
    const input = autumn();
    const { slug } = await copyEvent(secretariat, input);
    const event = await db.event.findUniqueOrThrow({
      where: { slug },
      include: { activities: { orderBy: { sortOrder: "asc" } } },
    });
    const source = meeting.event;
    expect(event).toMatchObject({
      status: "draft",
      nameSv: input.nameSv,
      city: "Sandviken",
      venueName: "Göransson Arena",
      hostOrganisationId: input.hostOrganisationId,
      referencePrefix: "SAN",
      summarySv: source.summarySv,
      reminderDaysBefore: source.reminderDaysBefore,
      anonymisedAt: null,
    });
    expect(event.themes).toEqual(source.themes);
    // 25 April 10:00 summer time → 11 November 10:00 winter time: 200 days, the clock kept.
    expect(local(event.startsAt)).toBe("2027-11-11 10:00");
    expect(local(event.endsAt)).toBe(local(source.endsAt).replace("2027-04-26", "2027-11-12"));
    const sourceActivities = await db.activity.findMany({
      where: { eventId: source.id },
      orderBy: { sortOrder: "asc" },
    });
    const kept = sourceActivities.filter((activity) => activity.kind !== "annual_meeting");
    expect(event.activities.map((activity) => activity.key)).toEqual(kept.map((activity) => activity.key));
    for (const [index, activity] of event.activities.entries()) {
      const from = kept[index]!;
      expect(activity.id).not.toBe(from.id);
      expect(activity).toMatchObject({
        capacity: from.capacity,
        waitlistEnabled: from.waitlistEnabled,
        membersOnly: from.membersOnly,
        servesMeal: from.servesMeal,
      });
      expect(parseQuestions(activity.questions)).toEqual(parseQuestions(from.questions));
      // The same wall-clock time, 200 days later.
      expect(local(activity.startsAt).slice(11)).toBe(local(from.startsAt).slice(11));
      expect(Math.round((activity.startsAt.getTime() - from.startsAt.getTime()) / 86_400_000)).toBe(200);
    }
    expect(
      Math.round((event.registrationClosesAt.getTime() - source.registrationClosesAt.getTime()) / 86_400_000),
    ).toBe(200);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { eventId: event.id } });
    expect(audit).toMatchObject({ action: "event.created", actorId: secretariat.userId });
    expect(audit.changes).toMatchObject({ copiedFrom: "lulea-2027", days: 200 });
  });

  it("brings the annual meeting along when asked", async () => {
    const { slug } = await copyEvent(
      secretariat,
      autumn({ includeAnnualMeeting: true, startDate: "2028-04-20" }),
    );
    const kinds = await db.activity.findMany({ where: { event: { slug } }, select: { kind: true } });
    expect(kinds.map((activity) => activity.kind)).toContain("annual_meeting");
  });

  it("keeps a draft from the public until it is published", async () => {
    const { slug } = await copyEvent(secretariat, autumn());
    expect(await getPublicEvent(slug)).toBeNull();
    expect((await listPublicEvents(new Date("2027-01-01"))).map((event) => event.slug)).not.toContain(slug);
    // Its staff preview it as the public will see it; nobody without a role at it can.
    const viewer = await db.user.create({ data: { email: `viewer-${slug}@example.se` } });
    const event = await db.event.findUniqueOrThrow({ where: { slug } });
    await db.eventRole.create({ data: { eventId: event.id, userId: viewer.id, role: "viewer" } });
    const preview = await previewEvent({ userId: viewer.id, email: viewer.email }, slug);
    expect(preview).toMatchObject({ slug, status: "draft", name: { sv: "Höstträff i Sandviken" } });
    const stranger = await staffMember(meeting.event.id, `luleå-${slug}@example.se`, "admin");
    expect(await outcomeOf(previewEvent(stranger, slug))).toBe("forbidden");
    expect(await outcomeOf(previewEvent(null, slug))).toBe("unauthorized");
    await db.event.update({ where: { slug }, data: { status: "open" } });
    expect((await listPublicEvents(new Date("2027-01-01"))).map((event) => event.slug)).toContain(slug);
  });

  it("lists a published meeting that has ended among the earlier ones, and never a draft", async () => {
    const { slug } = await copyEvent(secretariat, autumn({ startDate: "2025-10-09" }));
    const now = new Date("2027-01-01");
    expect((await listPastEvents(now)).map((event) => event.slug)).not.toContain(slug);
    await db.event.update({ where: { slug }, data: { status: "closed" } });
    expect((await listPastEvents(now)).map((event) => event.slug)).toContain(slug);
    expect((await listPublicEvents(now)).map((event) => event.slug)).not.toContain(slug);
  });

  it("makes the association administrator an administrator of the new meeting, and of every other", async () => {
    const { slug } = await copyEvent(secretariat, autumn());
    const event = await db.event.findUniqueOrThrow({ where: { slug } });
    expect(await requireEventRole(secretariat, event.id, "admin")).toBe("admin");
    const listed = await listStaffEvents(secretariat);
    expect(listed.map((entry) => entry.slug)).toEqual(expect.arrayContaining(["lulea-2027", slug]));
    expect(listed.every((entry) => entry.role === "admin")).toBe(true);
  });

  it("is refused to everyone but an association administrator, an event's own administrator too", async () => {
    const eventAdmin = await staffMember(meeting.event.id, "admin@lulea.example.se", "admin");
    const viewer = await staffMember(meeting.event.id, "viewer@lulea.example.se", "viewer");
    for (const [who, expected] of [
      [null, "unauthorized"],
      [viewer, "forbidden"],
      [eventAdmin, "forbidden"],
    ] as const) {
      expect(await outcomeOf(copyEvent(who, autumn()))).toBe(expected);
      expect(await outcomeOf(getNewEventChoices(who))).toBe(expected);
    }
    // The event's administrator sees only the events they hold a role at.
    expect((await listStaffEvents(eventAdmin)).map((entry) => entry.slug)).toEqual(["lulea-2027"]);
  });

  it("makes a meeting from scratch: one day, registration until three weeks before, the annual meeting when asked", async () => {
    const { slug } = await copyEvent(secretariat, autumn({ sourceSlug: null, includeAnnualMeeting: true }));
    const event = await db.event.findUniqueOrThrow({ where: { slug }, include: { activities: true } });
    expect(event).toMatchObject({ status: "draft", summarySv: "Höstträff i Sandviken", themes: [] });
    expect(local(event.startsAt)).toBe("2027-11-11 09:00");
    expect(local(event.endsAt)).toBe("2027-11-11 16:00");
    expect(local(event.registrationClosesAt)).toBe("2027-10-21 09:00");
    expect(event.retainUntil > event.endsAt).toBe(true);
    expect(event.activities.map((activity) => [activity.kind, activity.membersOnly])).toEqual([
      ["annual_meeting", false],
    ]);
    const without = await copyEvent(secretariat, autumn({ sourceSlug: null }));
    expect(await db.activity.count({ where: { event: { slug: without.slug } } })).toBe(0);
    expect(
      newEventInput.parse({ ...autumn(), sourceSlug: "", hostOrganisationId: "" }).sourceSlug,
    ).toBeNull();
  });

  it("refuses a web address in use, a host that is not a member, and a meeting to copy that does not exist", async () => {
    const before = await db.event.count();
    expect(await outcomeOf(copyEvent(secretariat, autumn({ slug: "lulea-2027" })))).toBe("slugTaken");
    const observer = await db.organisation.create({
      data: { name: "Observatörsbolaget AB", isMember: false },
    });
    expect(await outcomeOf(copyEvent(secretariat, autumn({ hostOrganisationId: observer.id })))).toBe(
      "unknownOrganisation",
    );
    expect(await outcomeOf(copyEvent(secretariat, autumn({ sourceSlug: "finns-inte" })))).toBe("invalid");
    expect(await db.event.count()).toBe(before);
  });
});

describe("the new-meeting form's input", () => {
  const form = (overrides: Record<string, unknown>) => ({
    ...autumn(),
    hostOrganisationId: "",
    ...overrides,
  });
  const codes = (overrides: Record<string, unknown>) => {
    const parsed = newEventInput.safeParse(form(overrides));
    return parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
  };

  it("accepts a meeting without a host", () => {
    expect(codes({})).toEqual([]);
  });

  it("names each wrong field", () => {
    expect(codes({ slug: "Sandviken 2027" })).toEqual(["slug:slugFormat"]);
    expect(codes({ slug: "new" })).toEqual(["slug:slugTaken"]);
    expect(codes({ slug: "" })).toEqual(["slug:required"]);
    expect(codes({ startDate: "2027-02-30x" })).toEqual(["startDate:invalid"]);
    expect(codes({ startDate: "2027-02-30" })).toEqual(["startDate:invalid"]);
    expect(codes({ startDate: "0207-11-11" })).toEqual(["startDate:invalid"]);
    expect(codes({ hostOrganisationId: "not-an-id" })).toEqual(["hostOrganisationId:unknownOrganisation"]);
    expect(codes({ contactEmail: "nej" })).toEqual(["contactEmail:email"]);
    expect(codes({ sourceSlug: "../lulea" })).toEqual(["sourceSlug:invalid"]);
  });
});
