// Hotels with a block of rooms per night, each person's nights and travel, the rooming and
// transport lists, and the reminder before a block is released.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildExport } from "@/lib/exports/build-export";
import { writeExport } from "@/lib/exports/write-export";
import { renderOutboxEmail } from "@/lib/mail/render-outbox-email";
import { createRegistration } from "@/lib/registrations/create-registration";
import type { ManageAccess } from "@/lib/registrations/manage-access";
import { addHotel } from "@/lib/stay/add-hotel";
import { getStayOverview } from "@/lib/stay/get-stay-overview";
import { meetingNights } from "@/lib/stay/meeting-nights";
import { remindHotelReleases } from "@/lib/stay/remind-hotel-releases";
import { removeHotel } from "@/lib/stay/remove-hotel";
import { saveAttendeeStay } from "@/lib/stay/save-attendee-stay";
import { stayInput, type StayInput } from "@/lib/validation/stay";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let viewer: { userId: string; email: string };
let contact: ManageAccess;
let people: string[];
let hotelId: string;

const stay = (overrides: Partial<StayInput> = {}): StayInput => ({
  hotelId,
  nights: ["2027-04-24"],
  arrivalAt: new Date("2027-04-24T16:10:00Z"),
  arrivalMode: "flight",
  arrivalDetails: "SK 2002",
  departureAt: new Date("2027-04-26T14:30:00Z"),
  departureMode: "train",
  departureDetails: "",
  ...overrides,
});

async function sheet(kind: "rooming-list" | "transport", hotel?: string) {
  const table = await buildExport(viewer, {
    slug: "lulea-2027",
    kind,
    format: "xlsx",
    locale: "sv",
    hotelId: hotel,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await new Response(await writeExport(table, "xlsx")).arrayBuffer()) as unknown as ArrayBuffer,
  );
  return workbook.worksheets.map((worksheet) => {
    const rows: string[][] = [];
    worksheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ""))),
    );
    return rows;
  });
}

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "admin@lulea.example.se", "admin");
  viewer = await staffMember(meeting.event.id, "viewer@lulea.example.se", "viewer");
  const { summary } = await createRegistration(
    registration(
      "",
      [
        delegate([meeting.activity("day-1").id, meeting.activity("hybrit").id], {
          name: "Hanna Hotell",
          answers: {
            [meeting.activity("hybrit").id]: {
              dateOfBirth: "1970-05-04",
              nationality: "Svensk",
              shoeSize: "40",
            },
          },
        }),
        delegate([meeting.activity("day-1").id], { name: "Ivar Inne" }),
        delegate([meeting.activity("day-1").id], { name: "Jon Jonsson" }),
      ],
      { organisation: { kind: "observer", name: "Hotellgästerna AB" } },
    ),
    OPEN_NOW,
  );
  people = summary.attendees.map((attendee) => attendee.id);
  contact = { kind: "contact", registrationId: summary.id, eventId: meeting.event.id };
});

describe("the stay", () => {
  it("offers the night before and the nights between the days; hotels are added by administrators", async () => {
    expect(meetingNights(meeting.event)).toEqual(["2027-04-24", "2027-04-25"]);
    const hotel = {
      name: "Elite Stadshotellet",
      address: "Storgatan 15, Luleå",
      priceSv: "1 195 kr per natt",
      priceEn: "SEK 1,195 per night",
      releaseAt: new Date("2027-03-28T22:00:00Z"),
      rooms: [
        { night: "2027-04-24", rooms: 2 },
        { night: "2027-04-25", rooms: 1 },
      ],
    };
    expect(await outcomeOf(addHotel(viewer, "lulea-2027", hotel))).toBe("forbidden");
    expect(
      await outcomeOf(
        addHotel(admin, "lulea-2027", { ...hotel, rooms: [{ night: "2027-05-01", rooms: 1 }] }),
      ),
    ).toBe("invalid");
    ({ id: hotelId } = await addHotel(admin, "lulea-2027", hotel));
  });

  it("takes a room per night until the block is full, refuses a night it holds none for, and checks the times", async () => {
    const [hanna, ivar, jon] = people as [string, string, string];
    await saveAttendeeStay(contact, hanna, stay({ nights: ["2027-04-24", "2027-04-25"] }), OPEN_NOW);
    await saveAttendeeStay(contact, ivar, stay(), OPEN_NOW);
    expect(await outcomeOf(saveAttendeeStay(contact, jon, stay(), OPEN_NOW))).toBe("hotelNightFull");
    expect(
      await outcomeOf(
        saveAttendeeStay(contact, ivar, stay({ nights: ["2027-04-24", "2027-04-25"] }), OPEN_NOW),
      ),
    ).toBe("hotelNightFull");
    // Saving one's own booking again does not count it against itself.
    expect(
      await outcomeOf(saveAttendeeStay(contact, ivar, stay({ arrivalDetails: "SK 2004" }), OPEN_NOW)),
    ).toBe("ok");
    const { hotels } = await getStayOverview(viewer, "lulea-2027");
    expect(hotels[0]!.nights).toEqual([
      { night: "2027-04-24", rooms: 2, booked: 2, left: 0 },
      { night: "2027-04-25", rooms: 1, booked: 1, left: 0 },
    ]);

    const parsed = stayInput.safeParse({
      hotelId: "",
      nights: ["2027-04-24"],
      arrivalAt: "2027-04-25T10:00",
      arrivalMode: "rocket",
      arrivalDetails: "",
      departureAt: "2027-04-24T10:00",
      departureMode: "",
      departureDetails: "",
    });
    expect(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual(
      expect.arrayContaining([["arrivalMode", "invalid"]]),
    );
    const late = new Date(meeting.event.changeDeadline.getTime() + 60_000);
    expect(await outcomeOf(saveAttendeeStay(contact, jon, stay({ hotelId: null, nights: [] }), late))).toBe(
      "change_deadline_passed",
    );
  });

  it("refuses new nights after the release, lists rooms and transport, and reminds staff once before the release", async () => {
    const afterRelease = new Date("2027-03-29T08:00:00Z");
    const [hanna, , jon] = people as [string, string, string];
    await saveAttendeeStay(contact, hanna, stay({ nights: ["2027-04-24"] }), OPEN_NOW);
    expect(
      await outcomeOf(saveAttendeeStay(contact, jon, stay({ nights: ["2027-04-25"] }), afterRelease)),
    ).toBe("hotelReleased");
    await saveAttendeeStay(
      contact,
      jon,
      stay({ hotelId: null, nights: [], arrivalAt: new Date("2027-04-25T06:00:00Z"), arrivalMode: "car" }),
      afterRelease,
    );

    const [rooming] = await sheet("rooming-list", hotelId);
    expect(rooming![0]).toEqual([
      "Hotell",
      "Namn",
      "Organisation",
      "Nätter",
      "Ankomst",
      "Avresa",
      "Telefon",
      "E-post",
    ]);
    expect(rooming!.slice(1).map((row) => [row[1], row[3]])).toEqual([
      ["Hanna Hotell", "2027-04-24"],
      ["Ivar Inne", "2027-04-24"],
    ]);
    const [transport, bus] = await sheet("transport");
    expect(transport!.slice(1).map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
      ["2027-04-24 18:10", "Ankommer", "Flyg", "Hanna Hotell"],
      ["2027-04-24 18:10", "Ankommer", "Flyg", "Ivar Inne"],
      ["2027-04-25 08:00", "Ankommer", "Bil", "Jon Jonsson"],
      ["2027-04-26 16:30", "Reser", "Tåg", "Hanna Hotell"],
      ["2027-04-26 16:30", "Reser", "Tåg", "Ivar Inne"],
      ["2027-04-26 16:30", "Reser", "Tåg", "Jon Jonsson"],
    ]);
    expect(bus!.some((row) => row.includes("Hanna Hotell"))).toBe(true);

    const threeDaysBefore = new Date("2027-03-26T08:00:00Z");
    expect(await remindHotelReleases(new Date("2027-03-20T08:00:00Z"))).toBe(0);
    const reminded = await remindHotelReleases(threeDaysBefore);
    expect(reminded).toBeGreaterThanOrEqual(2);
    expect(await remindHotelReleases(threeDaysBefore)).toBe(0);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { template: "hotel-release", recipient: admin.email },
    });
    expect((await renderOutboxEmail(mail)).text).toContain("2 av 2 rum bokade");

    await removeHotel(admin, "lulea-2027", hotelId);
    expect(await db.attendeeStay.findUniqueOrThrow({ where: { attendeeId: hanna } })).toMatchObject({
      hotelId: null,
      nights: [],
      arrivalMode: "flight",
    });
  });
});
