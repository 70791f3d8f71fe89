// The meeting's programme points (who speaks when), kept by its administrators and shown on the
// public page by day, in Stockholm time; copied with the meeting.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatStockholm } from "@/lib/i18n/stockholm-time";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { getProgrammeSettings } from "@/lib/events/get-programme-settings";
import { updateProgramme } from "@/lib/events/update-programme";
import { eventThemesInput, MAX_THEMES } from "@/lib/validation/event-themes";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { MAX_PROGRAMME_ITEMS, programmeInput } from "@/lib/validation/programme";
import { seededMeeting } from "./registration-fixtures";
import { errorCodeOf, copyToAutumn, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let staff: { userId: string; email: string };

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "programme-admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "programme-staff@lulea.example.se", "staff");
});

const point = (
  fields: Partial<Record<"day" | "startsAt" | "endsAt" | "titleSv" | "titleEn" | "speakers", string>>,
) => ({
  day: "2027-04-25",
  startsAt: "",
  endsAt: "",
  titleSv: "",
  titleEn: "",
  speakers: "",
  ...fields,
});

/** Stockholm wall-clock time of a moment, "2027-04-25 10:30". */
const local = formatStockholm;

const issuesOf = (input: unknown, schema: typeof programmeInput | typeof eventThemesInput = programmeInput) =>
  toFieldIssues(schema.safeParse(input).error!).map(
    (issue) => `${issue.field}:${issue.code}:${issue.params?.max ?? ""}`,
  );

describe("programme points as the form posts them", () => {
  it("name the field of the row at fault, and rows holding only their day are dropped", () => {
    expect(
      issuesOf([
        point({ startsAt: "10.30", titleSv: "Välkommen", titleEn: "Welcome" }),
        point({}),
        point({ startsAt: "25:00", endsAt: "9", titleSv: "Fel" }),
        point({ startsAt: "13:00", endsAt: "12:00", titleSv: "Sent", titleEn: "Late", day: "igår" }),
      ]),
    ).toEqual([
      "2.startsAt:timeOfDay:",
      "2.endsAt:timeOfDay:",
      "2.titleEn:required:",
      "3.day:required:",
      "3.endsAt:endsBeforeStart:",
    ]);
    const parsed = programmeInput.parse([
      point({}),
      point({ startsAt: "09.05", titleSv: "A", titleEn: "A" }),
    ]);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ row: 1, endsAt: null });
    expect(local(parsed[0]!.startsAt)).toBe("2027-04-25 09:05");
  });

  it("are at most a set number, and the message says how many (themes too)", () => {
    const many = Array.from({ length: MAX_PROGRAMME_ITEMS + 1 }, () =>
      point({ startsAt: "10:00", titleSv: "A", titleEn: "A" }),
    );
    expect(issuesOf(many)).toEqual([`:tooManyProgrammeItems:${MAX_PROGRAMME_ITEMS}`]);
    const themes = Array.from({ length: MAX_THEMES + 1 }, () => ({
      titleSv: "T",
      titleEn: "T",
      textSv: "",
      textEn: "",
    }));
    expect(issuesOf(themes, eventThemesInput)).toEqual([`:tooManyThemes:${MAX_THEMES}`]);
  });
});

describe("the meeting's programme points", () => {
  it("are replaced by administrators only, refused on a day the meeting does not run, and shown by time", async () => {
    const before = await db.programmeItem.count({ where: { eventId: meeting.event.id } });
    const items = programmeInput.parse([
      point({
        startsAt: "13:00",
        endsAt: "14:30",
        titleSv: "Talangjakt",
        titleEn: "Talent",
        speakers: "Anna Berg, Luleå kommun",
      }),
      point({ startsAt: "10.00", titleSv: "Välkommen", titleEn: "Welcome" }),
      point({ day: "2027-04-26", startsAt: "11:30", titleSv: "Grupper", titleEn: "Groups" }),
    ]);
    expect(await errorCodeOf(updateProgramme(staff, "lulea-2027", items))).toBe("forbidden");
    expect(await errorCodeOf(updateProgramme(null, "lulea-2027", items))).toBe("unauthorized");

    const outside = programmeInput.parse([
      point({ startsAt: "10:00", titleSv: "A", titleEn: "A" }),
      point({ day: "2027-04-27", startsAt: "10:00", titleSv: "B", titleEn: "B" }),
    ]);
    const refused = await updateProgramme(admin, "lulea-2027", outside).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: "validation",
      fields: [{ field: "1.day", code: "programmeDayOutside" }],
    });
    expect(await db.programmeItem.count({ where: { eventId: meeting.event.id } })).toBe(before);

    await updateProgramme(admin, "lulea-2027", items);
    const event = await getPublicEvent("lulea-2027");
    expect(event!.programme.map((item) => `${local(item.startsAt)} ${item.title.sv}`)).toEqual([
      "2027-04-25 10:00 Välkommen",
      "2027-04-25 13:00 Talangjakt",
      "2027-04-26 11:30 Grupper",
    ]);
    expect(event!.programme[1]).toMatchObject({
      speakers: "Anna Berg, Luleå kommun",
      title: { en: "Talent" },
    });
    expect(local(event!.programme[1]!.endsAt!)).toBe("2027-04-25 14:30");

    const settings = await getProgrammeSettings(admin, "lulea-2027");
    expect(settings.days).toEqual(["2027-04-25", "2027-04-26"]);
    expect(settings.items[0]).toEqual({
      day: "2027-04-25",
      startsAt: "10:00",
      endsAt: "",
      titleSv: "Välkommen",
      titleEn: "Welcome",
      speakers: "",
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { eventId: meeting.event.id, action: "event.programme-changed" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.changes).toEqual({ programmeItems: [before, 3] });
    expect(await errorCodeOf(getProgrammeSettings(staff, "lulea-2027"))).toBe("forbidden");
  });

  it("are copied to the next meeting, moved to its days with the time of day kept", async () => {
    const slug = await copyToAutumn("programme-autumn", meeting.members[1]!.id);
    const copied = await db.programmeItem.findMany({
      where: { event: { slug } },
      orderBy: { startsAt: "asc" },
    });
    expect(copied.map((item) => `${local(item.startsAt)} ${item.titleSv}`)).toEqual([
      "2027-11-11 10:00 Välkommen",
      "2027-11-11 13:00 Talangjakt",
      "2027-11-12 11:30 Grupper",
    ]);
    expect(local(copied[1]!.endsAt!)).toBe("2027-11-11 14:30");
  });
});
