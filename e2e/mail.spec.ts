import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import {
  ACTIVITY,
  chooseActivities,
  fillDelegatesStep,
  fillHybritDetails,
  fillOrganisationStep,
  person,
  submitReview,
  sv,
} from "./support/registration";

const EVENT_SV = "Nätverksträff med årsmöte i Luleå";
const EVENT_EN = "Network meeting and annual meeting in Luleå";

function calendarEvents(content: Buffer) {
  const calendar = new ICAL.Component(ICAL.parse(content.toString("utf8")));
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

/** A time as people in Luleå read it. */
function stockholm(date: Date) {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    dateStyle: "short",
    timeStyle: "short",
  }).format(date);
}

test("the contact and each delegate get the right mail in Swedish, with a calendar file and a working link", async ({
  page,
}) => {
  const contact = person("Maja Mejl");
  const visitor = person("Hugo Hybrit");
  await page.goto("/events/lulea-2027/register");
  await fillOrganisationStep(page, { municipality: "Skellefteå kommun", contact });
  await fillDelegatesStep(page, [visitor]);
  await chooseActivities(page, visitor.name, [ACTIVITY.day1, ACTIVITY.hybrit]);
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/needs/);
  await fillHybritDetails(page, visitor.name);
  await page.getByRole("button", { name: sv.continue }).click();
  const reference = await submitReview(page);

  const toContact = await waitForMail(contact.email, /^Anmälan mottagen/);
  expect(toContact.subject).toBe(`Anmälan mottagen: ${EVENT_SV} (${reference})`);
  expect(toContact.text).toContain(visitor.name);
  expect(toContact.attachments).toHaveLength(0);

  const toVisitor = await waitForMail(visitor.email, /^Bekräftelse/);
  expect(toVisitor.subject).toBe(`Bekräftelse: ${EVENT_SV}`);
  expect(toVisitor.text).toContain(`Hej ${visitor.name}!`);
  const calendar = toVisitor.attachments.find((attachment) => attachment.contentType === "text/calendar");
  expect(toVisitor.attachments.map((attachment) => attachment.contentType).sort()).toEqual([
    "image/png",
    "text/calendar",
  ]);
  const entries = calendarEvents(calendar!.content);
  // Each chosen activity once, and no entry for the meeting on top of them.
  expect(entries.map((entry) => entry.summary).sort()).toEqual([ACTIVITY.day1, ACTIVITY.hybrit].sort());
  const visit = entries.find((entry) => entry.summary === ACTIVITY.hybrit)!;
  expect(stockholm(visit.startDate.toJSDate())).toBe("2027-04-26 08:30");
  expect(stockholm(visit.endDate.toJSDate())).toBe("2027-04-26 11:00");
  expect(new Set(entries.map((entry) => entry.uid)).size).toBe(2);

  await page.goto(manageLinkIn(toVisitor));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Din anmälan till ${EVENT_SV}`);
  await expect(page.getByRole("heading", { name: visitor.name })).toBeVisible();
  await expect(page.getByRole("img", { name: `QR-kod för incheckning av ${visitor.name}` })).toBeVisible();
  await expectAccessible(page);
});

test("a registration in English gets its mails in English", async ({ request }) => {
  const event = await (await request.get("/api/v1/events/lulea-2027")).json();
  const day2 = event.activities.find((activity: { key: string }) => activity.key === "day-2").id;
  const guest = person("Eva English");
  const response = await request.post("/api/v1/events/lulea-2027/registrations", {
    data: {
      idempotencyKey: `e2e-${Date.now()}`,
      locale: "en",
      organisation: { kind: "observer", name: "Luleå University of Technology" },
      contact: { name: guest.name, email: guest.email, phone: "+46 920 49 10 00" },
      privacyConsent: true,
      delegates: [{ name: guest.name, email: guest.email, title: "Professor", activityIds: [day2] }],
    },
  });
  expect(response.status()).toBe(201);
  const confirmation = await waitForMail(guest.email, /^Confirmation/);
  expect(confirmation.subject).toBe(`Confirmation: ${EVENT_EN}`);
  expect(confirmation.text).toContain(`Hello ${guest.name},`);
  const received = await waitForMail(guest.email, /^Registration received/);
  expect(received.subject).toMatch(new RegExp(`^Registration received: ${EVENT_EN} \\(LUL-`));
  expect(manageLinkIn(received)).toMatch(/^\/en\/manage\//);
});
