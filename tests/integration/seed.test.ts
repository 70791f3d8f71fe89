import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed-data/seed";
import { SEED_ACTOR_EMAIL } from "@/lib/auth/act-as-seed";
import { admitStaff } from "@/lib/auth/admit-staff";

describe("seed", () => {
  it("creates the Luleå 2027 meeting with its activities and the member municipalities", async () => {
    const result = await seed();
    expect(result).toMatchObject({ event: "lulea-2027", organisations: 24 });

    const event = await db.event.findUniqueOrThrow({
      where: { slug: "lulea-2027" },
      include: { activities: true, host: true },
    });
    expect(event.status).toBe("open");
    expect(event.host?.name).toBe("Luleå kommun");
    expect(event.registrationClosesAt.getTime()).toBeLessThan(event.startsAt.getTime());
    const hybrit = event.activities.find((activity) => activity.key === "hybrit");
    expect(hybrit).toMatchObject({ capacity: 40, waitlistEnabled: true, kind: "study_visit" });
    expect(hybrit!.signupClosesAt!.getTime()).toBeLessThan(event.registrationClosesAt.getTime());
    expect(event.activities.find((activity) => activity.kind === "annual_meeting")?.membersOnly).toBe(false);
    expect(event.activities.map((activity) => activity.key).sort()).toEqual(
      ["annual-meeting", "day-1", "day-2", "dinner", "hybrit"].sort(),
    );
    expect(await db.organisation.count({ where: { isMember: true } })).toBe(24);
    expect(await db.programmeItem.count({ where: { eventId: event.id } })).toBe(5);
    expect(event.referencePrefix).toBe("LUL");
  });

  it("goes through the services the forms use: their audit trail, the membership taken at publishing, no lasting role", async () => {
    await seed();
    const event = await db.event.findUniqueOrThrow({ where: { slug: "lulea-2027" } });
    const actions = (await db.auditEntry.findMany({ where: { eventId: event.id } })).map(
      (entry) => entry.action,
    );
    expect(new Set(actions)).toEqual(
      new Set([
        "event.created",
        "event.place-changed",
        "event.themes-changed",
        "event.programme-changed",
        "activity.added",
        "activity.settings-changed",
        "activity.question-added",
        "event.settings-changed",
      ]),
    );
    expect(await db.auditEntry.count({ where: { action: "organisation.added" } })).toBe(24);
    expect(await db.eventMembership.count({ where: { eventId: event.id } })).toBe(24);
    const seedUser = await db.user.findUniqueOrThrow({ where: { email: SEED_ACTOR_EMAIL } });
    expect(seedUser.associationRole).toBeNull();
    expect(await admitStaff(SEED_ACTOR_EMAIL)).toBe(false);
  });

  it("is idempotent and keeps what staff edited since", async () => {
    await seed();
    await db.activity.updateMany({ where: { key: "hybrit" }, data: { capacity: 45 } });
    await seed();
    expect(await db.event.count()).toBe(1);
    expect(await db.activity.count()).toBe(5);
    expect(await db.organisation.count()).toBe(24);
    expect((await db.activity.findFirstOrThrow({ where: { key: "hybrit" } })).capacity).toBe(45);
  });
});
