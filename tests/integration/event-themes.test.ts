// The meeting's themes, kept by its administrators in Settings and shown on the public page.
import { beforeAll, describe, expect, it } from "vitest";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { updateEventThemes } from "@/lib/events/update-event-themes";
import { eventThemesInput } from "@/lib/validation/event-themes";
import { seededMeeting } from "./registration-fixtures";
import { errorCodeOf, staffMember } from "./staff-fixtures";

let admin: { userId: string; email: string };
let staff: { userId: string; email: string };

beforeAll(async () => {
  const meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "themes-admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "themes-staff@lulea.example.se", "staff");
});

const row = (titleSv = "", titleEn = "", textSv = "", textEn = "") => ({ titleSv, titleEn, textSv, textEn });

describe("the meeting's themes", () => {
  it("need a title in both languages, and a wholly empty row is dropped", () => {
    const issues = eventThemesInput.safeParse([row("Energi", "", "Text")]).error!.issues;
    expect(issues.map((issue) => `${issue.path.join(".")}:${issue.message}`)).toEqual([
      "0.titleEn:themeTitleBoth",
    ]);
    expect(eventThemesInput.parse([row("Energi", "Energy"), row()])).toEqual([row("Energi", "Energy")]);
  });

  it("are replaced by administrators and shown on the public page in their order", async () => {
    const themes = eventThemesInput.parse([
      row("Energi", "Energy", "Vätgas.", "Hydrogen."),
      row("Skola", "School"),
    ]);
    expect(await errorCodeOf(updateEventThemes(staff, "lulea-2027", themes))).toBe("forbidden");
    await updateEventThemes(admin, "lulea-2027", themes);
    const event = await getPublicEvent("lulea-2027");
    expect(event!.themes.map((theme) => theme.title.sv)).toEqual(["Energi", "Skola"]);
    expect(event!.themes[0]!.text.en).toBe("Hydrogen.");
  });
});
