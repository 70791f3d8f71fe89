// A registration that books hotel nights and gives its travel as it is sent: the form and the API
// take the stay with the delegates, and the rooms are taken under the hotels' locks.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/[slug]/registrations/route";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createRegistration } from "@/lib/registrations/create-registration";
import { addHotel } from "@/lib/stay/add-hotel";
import { readHotels } from "@/lib/stay/read-hotels";
import { registrationInput } from "@/lib/validation/registration";
import type { StayInput } from "@/lib/validation/stay";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };

const stay = (hotelId: string | null, nights: string[]): StayInput => ({
  hotelId,
  nights,
  arrivalAt: new Date("2027-04-24T16:10:00Z"),
  arrivalMode: "flight",
  arrivalDetails: "SK 2002",
  departureAt: null,
  departureMode: null,
  departureDetails: "",
});

async function newHotel(name: string, rooms: number) {
  const { id } = await addHotel(admin, "lulea-2027", {
    name,
    address: "",
    priceSv: "1 000 kr",
    priceEn: "SEK 1,000",
    releaseAt: new Date("2027-03-28T22:00:00Z"),
    rooms: [{ night: "2027-04-24", rooms }],
  });
  return id;
}

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fields.map((issue) => [issue.field, issue.code]);
}

const observer = (name: string) => ({ organisation: { kind: "observer" as const, name } });
const dayOne = () => [meeting.activity("day-1").id];

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "admin@lulea.example.se", "admin");
});

describe("the stay in a registration", () => {
  it("books each delegate's nights with the registration and keeps their travel", async () => {
    const hotelId = await newHotel("Clarion Sense", 2);
    const { summary } = await createRegistration(
      registration(
        "",
        [
          delegate(dayOne(), { name: "Rut Rumsson", stay: stay(hotelId, ["2027-04-24"]) }),
          delegate(dayOne(), { name: "Sam Utanhotell", stay: stay(null, []) }),
          delegate(dayOne(), { name: "Tea Ingenting" }),
        ],
        observer("Rumsbokarna AB"),
      ),
      OPEN_NOW,
    );
    const stays = await db.attendeeStay.findMany({
      where: { attendee: { registrationId: summary.id } },
      select: { hotelId: true, nights: true, arrivalMode: true, arrivalDetails: true, attendee: true },
      orderBy: { attendee: { createdAt: "asc" } },
    });
    expect(
      stays.map((row) => [row.attendee.name, row.hotelId, row.nights.length, row.arrivalDetails]),
    ).toEqual([
      ["Rut Rumsson", hotelId, 1, "SK 2002"],
      ["Sam Utanhotell", null, 0, "SK 2002"],
    ]);
    const hotel = (await readHotels(meeting.event.id)).find((row) => row.id === hotelId)!;
    expect(hotel.nights).toEqual([{ night: "2027-04-24", rooms: 2, booked: 1, left: 1 }]);
  });

  it("refuses a night with no room left, even taken by another delegate of the same registration, and writes nothing", async () => {
    const hotelId = await newHotel("Quality Hotel", 1);
    const before = await db.registration.count();
    expect(
      await refusal(
        createRegistration(
          registration(
            "",
            [
              delegate(dayOne(), { stay: stay(hotelId, ["2027-04-24"]) }),
              delegate(dayOne(), { stay: stay(hotelId, ["2027-04-24"]) }),
            ],
            observer("Dubbelbokarna AB"),
          ),
          OPEN_NOW,
        ),
      ),
    ).toEqual([["delegates.1.stay.nights", "hotelNightFull"]]);
    expect(await db.registration.count()).toBe(before);
    // A night the meeting does not have and a hotel that is not the meeting's are refused at their fields.
    expect(
      await refusal(
        createRegistration(
          registration("", [delegate(dayOne(), { stay: stay(hotelId, ["2027-05-01"]) })], observer("Fel AB")),
          OPEN_NOW,
        ),
      ),
    ).toEqual([["delegates.0.stay.nights", "invalid"]]);
    expect(
      await refusal(
        createRegistration(
          registration(
            "",
            [delegate(dayOne(), { stay: stay(crypto.randomUUID(), ["2027-04-24"]) })],
            observer("Fel AB"),
          ),
          OPEN_NOW,
        ),
      ),
    ).toEqual([["delegates.0.stay.hotelId", "invalid"]]);
  });

  it("gives a hotel's last room to one of two registrations sent at once", async () => {
    const hotelId = await newHotel("Best Western", 1);
    const outcomes = await Promise.allSettled(
      ["Först AB", "Sist AB"].map((name) =>
        createRegistration(
          registration("", [delegate(dayOne(), { stay: stay(hotelId, ["2027-04-24"]) })], observer(name)),
          OPEN_NOW,
        ),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((outcome) => outcome.status === "rejected")!.reason as AppError;
    expect(refused.fields.map((issue) => issue.code)).toEqual(["hotelNightFull"]);
    expect(await db.attendeeStay.count({ where: { hotelId } })).toBe(1);
  });

  it("takes the stay through the API as local Stockholm times and refuses a time that does not exist", async () => {
    const hotelId = await newHotel("Amber Hotell", 3);
    const { eventSlug: _slug, ...body } = registration(
      "",
      [delegate(dayOne())],
      observer(`API-gäst ${Date.now()}`),
    );
    const send = (travel: unknown) =>
      POST(
        new Request("http://localhost/api/v1/events/lulea-2027/registrations", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            ...body,
            idempotencyKey: crypto.randomUUID(),
            delegates: [{ ...body.delegates[0], stay: travel }],
          }),
        }),
        { params: Promise.resolve({ slug: "lulea-2027" }) },
      );
    const wrong = await send({
      hotelId,
      nights: ["2027-04-24"],
      arrivalAt: "2027-02-30T10:00",
      arrivalMode: "rocket",
    });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.fields.map((issue: { field: string }) => issue.field)).toEqual([
      "delegates.0.stay.arrivalAt",
      "delegates.0.stay.arrivalMode",
    ]);
    // A stay that is not an object is named in words, not by its path.
    const shapeless = await send("hotel, please");
    expect((await shapeless.json()).error.fields).toEqual([
      expect.objectContaining({
        field: "delegates.0.stay",
        code: "invalid",
        message: expect.stringMatching(/boende och resa/i),
      }),
    ]);
    const created = await send({
      hotelId,
      nights: ["2027-04-24"],
      arrivalAt: "2027-04-24T18:10",
      arrivalMode: "train",
    });
    expect(created.status).toBe(201);
    const row = await db.attendeeStay.findFirstOrThrow({ where: { hotelId } });
    expect(row).toMatchObject({ arrivalAt: new Date("2027-04-24T16:10:00Z"), arrivalMode: "train" });
    // A stay left out, or sent empty, is no stay.
    expect(
      registrationInput.safeParse({ ...body, delegates: [{ ...body.delegates[0], stay: {} }] }).success,
    ).toBe(true);
  });
});
