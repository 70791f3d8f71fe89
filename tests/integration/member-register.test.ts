// The association's member register, kept by association administrators in the app.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOrganisationRegister } from "@/lib/organisations/list-organisation-register";
import { saveOrganisation } from "@/lib/organisations/save-organisation";
import { isOrganisationNumber, organisationInput } from "@/lib/validation/organisation";
import { seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let secretariat: { userId: string; email: string };

beforeAll(async () => {
  meeting = await seededMeeting();
  const user = await db.user.create({
    data: { email: "register@industrikommuner.example.se", associationRole: "admin" },
  });
  secretariat = { userId: user.id, email: user.email };
});

const form = (overrides: Record<string, unknown> = {}) => ({
  name: "Provbo kommun",
  orgNumber: "212000-2262",
  isMember: true,
  votes: "1",
  emailDomains: "provbo.se, @Provbo.se\nbarn.provbo.se",
  ...overrides,
});
const issues = (overrides: Record<string, unknown>) => {
  const parsed = organisationInput.safeParse(form(overrides));
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
};

describe("the register's input", () => {
  it("checks an organisation number's control digit and keeps it as NNNNNN-NNNN", () => {
    expect(isOrganisationNumber("2120002411")).toBe(true);
    expect(isOrganisationNumber("2120002412")).toBe(false);
    expect(organisationInput.parse(form({ orgNumber: "2120002262" })).orgNumber).toBe("212000-2262");
    expect(organisationInput.parse(form({ orgNumber: " " })).orgNumber).toBeNull();
    expect(issues({ orgNumber: "212000-2263" })).toEqual(["orgNumber:orgNumber"]);
  });

  it("keeps each mail domain once, lower case, without @, and refuses what is no domain", () => {
    expect(organisationInput.parse(form()).emailDomains).toEqual(["provbo.se", "barn.provbo.se"]);
    expect(issues({ emailDomains: "hofors" })).toEqual(["emailDomains:emailDomain"]);
    expect(issues({ emailDomains: "kommun@provbo.se" })).toEqual(["emailDomains:emailDomain"]);
  });

  it("gives observers no votes and keeps votes within the statutes' range", () => {
    expect(issues({ isMember: false, votes: "1" })).toEqual(["votes:observerVotes"]);
    expect(issues({ votes: "-1" })).toEqual(["votes:invalid"]);
    expect(issues({ votes: "tre" })).toEqual(["votes:invalid"]);
  });
});

describe("keeping the register", () => {
  it("adds and changes an organisation, audited, and lists members first", async () => {
    const { id } = await saveOrganisation(secretariat, organisationInput.parse(form()));
    await saveOrganisation(secretariat, organisationInput.parse(form({ votes: "2" })), id);
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Provbo kommun",
      orgNumber: "212000-2262",
      votes: 2,
      emailDomains: ["provbo.se", "barn.provbo.se"],
    });
    const audit = await db.auditEntry.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["organisation.added", "organisation.changed"]);
    expect(audit[1]!.changes).toEqual({ fields: ["votes"] });
    const register = await listOrganisationRegister(secretariat);
    const firstObserver = register.findIndex((organisation) => !organisation.isMember);
    expect(register.slice(0, firstObserver === -1 ? undefined : firstObserver).every((o) => o.isMember)).toBe(
      true,
    );
    expect(register.map((organisation) => organisation.name)).toContain("Provbo kommun");
  });

  it("refuses a name or an organisation number already in the register, and changes nothing", async () => {
    const before = await db.organisation.count();
    expect(
      await outcomeOf(
        saveOrganisation(secretariat, organisationInput.parse(form({ name: "Luleå kommun", orgNumber: "" }))),
      ),
    ).toBe("organisationNameTaken");
    expect(
      await outcomeOf(saveOrganisation(secretariat, organisationInput.parse(form({ name: "Ny kommun" })))),
    ).toBe("orgNumberTaken");
    expect(await db.organisation.count()).toBe(before);
  });

  it("is kept by association administrators only", async () => {
    const eventAdmin = await staffMember(meeting.event.id, "admin@register.example.se", "admin");
    for (const [who, expected] of [
      [null, "unauthorized"],
      [eventAdmin, "forbidden"],
    ] as const) {
      expect(
        await outcomeOf(
          saveOrganisation(who, organisationInput.parse(form({ name: "Smyg AB", orgNumber: "" }))),
        ),
      ).toBe(expected);
      expect(await outcomeOf(listOrganisationRegister(who))).toBe(expected);
    }
  });
});

describe("the membership a meeting is held under", () => {
  it("is taken when the meeting is published, so a later change to the register does not rewrite it", async () => {
    const { readLiveRegister } = await import("@/lib/voting-register/read-live-register");
    const { refreshMembership } = await import("@/lib/organisations/refresh-membership");
    const { staffMember: member } = await import("./staff-fixtures");
    const eventAdmin = await member(meeting.event.id, "membership-admin@lulea.example.se", "admin");
    const row = (rows: { organisation: string; votes: number }[], name: string) =>
      rows.find((entry) => entry.organisation === name);
    const lulea = meeting.members.find((organisation) => organisation.name === "Luleå kommun")!;
    const before = await readLiveRegister(meeting.event.id);
    expect(row(before, "Luleå kommun")?.votes).toBe(1);

    // The register changes after publication: the meeting's register does not.
    await db.organisation.update({ where: { id: lulea.id }, data: { votes: 3 } });
    const newcomer = await db.organisation.create({
      data: { name: "Nyköpings kommun", isMember: true, votes: 1 },
    });
    const during = await readLiveRegister(meeting.event.id);
    expect(row(during, "Luleå kommun")?.votes).toBe(1);
    expect(row(during, newcomer.name)).toBeUndefined();

    // An administrator takes the register again when the change should count at this meeting.
    expect(await outcomeOf(refreshMembership(secretariat, "lulea-2027"))).toBe("ok");
    const after = await readLiveRegister(meeting.event.id);
    expect(row(after, "Luleå kommun")?.votes).toBe(3);
    expect(row(after, newcomer.name)?.votes).toBe(1);
    expect((await refreshMembership(eventAdmin, "lulea-2027")).members).toBe(after.length);
    await db.organisation.update({ where: { id: lulea.id }, data: { votes: 1 } });
  });
});
