import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listParticipants, participantQuery, PAGE_SIZE } from "@/lib/admin/list-participants";
import { createRegistration } from "@/lib/registrations/create-registration";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let staff: { userId: string; email: string };

beforeAll(async () => {
  meeting = await seededMeeting();
  const day1 = meeting.activity("day-1").id;
  const dinner = meeting.activity("dinner").id;
  for (let index = 0; index < 60; index++) {
    await createRegistration(
      registration(meeting.members[index % 3]!.id, [
        delegate(index % 2 === 0 ? [day1, dinner] : [day1], {
          name: `Person ${String(index).padStart(2, "0")}`,
          dietChoices: index % 5 === 0 ? ["vegan"] : [],
        }),
      ]),
      OPEN_NOW,
    );
  }
  const user = await db.user.create({ data: { email: "staff@lulea.example.se" } });
  await db.eventRole.create({ data: { eventId: meeting.event.id, userId: user.id, role: "staff" } });
  staff = { userId: user.id, email: user.email };
});

const list = (query: Record<string, string>) =>
  listParticipants(staff, "lulea-2027", participantQuery.parse(query));

describe("participant list", () => {
  it("pages through everyone in name order", async () => {
    const first = await list({});
    expect(first).toMatchObject({ total: 60, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.rows[0]!.name).toBe("Person 00");
    expect((await list({ page: "2" })).rows).toHaveLength(10);
  });

  it("searches and filters in the database", async () => {
    expect((await list({ q: "person 07" })).rows.map((row) => row.name)).toEqual(["Person 07"]);
    expect((await list({ activity: meeting.activity("dinner").id })).total).toBe(30);
    expect((await list({ diet: "vegan" })).total).toBe(12);
    expect((await list({ organisation: meeting.members[0]!.id })).total).toBe(20);
    expect((await list({ checkedIn: "yes" })).total).toBe(0);
  });

  it("ignores nonsense in the query string instead of failing", async () => {
    expect((await list({ page: "-4", sort: "drop table", organisation: "x" })).total).toBe(60);
  });

  it("is closed to anyone without a role", async () => {
    await expect(listParticipants(null, "lulea-2027", participantQuery.parse({}))).rejects.toThrow();
  });
});
