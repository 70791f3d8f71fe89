import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed-data/seed";

describe("seed", () => {
  it("creates the Luleå 2027 meeting with its activities and the member municipalities", async () => {
    const result = await seed(db);
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
    expect(event.activities.find((activity) => activity.kind === "annual_meeting")?.membersOnly).toBe(true);
    expect(event.activities.map((activity) => activity.key).sort()).toEqual(
      ["annual-meeting", "day-1", "day-2", "dinner", "hybrit"].sort(),
    );
    expect(await db.organisation.count({ where: { isMember: true } })).toBe(24);
  });

  it("is idempotent and keeps what staff edited since", async () => {
    await seed(db);
    await db.activity.updateMany({ where: { key: "hybrit" }, data: { capacity: 45 } });
    await seed(db);
    expect(await db.event.count()).toBe(1);
    expect(await db.activity.count()).toBe(5);
    expect(await db.organisation.count()).toBe(24);
    expect((await db.activity.findFirstOrThrow({ where: { key: "hybrit" } })).capacity).toBe(45);
  });
});
