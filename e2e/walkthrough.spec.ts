// The README's walk-through as one story, the way a new user meets the app: a municipality
// registers, the mails arrive, staff sign in, download lists, check a delegate in and print
// badges. Along the way it photographs the main pages for the README (docs/screenshots/).
import { mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signInByMail } from "./support/admin";
import { expectAccessible } from "./support/axe";
import { checkInPathFromMail } from "./support/check-in";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import {
  ACTIVITY,
  chooseActivities,
  fillDelegatesStep,
  fillOrganisationStep,
  person,
  submitReview,
  sv,
} from "./support/registration";

test.describe.configure({ timeout: 180_000 });

// Into the README's folder only when asked (`UPDATE_SCREENSHOTS=1 npm test -- e2e walkthrough`),
// so an ordinary test run leaves the committed pictures alone.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? "docs/screenshots" : "test-results/screenshots";

async function photograph(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

test("a municipality registers, gets its mails, and staff export, check in and print badges", async ({
  page,
}) => {
  const contact = person("Linnea Lotsare", "Kanslichef");
  const chair = person("Oskar Ordförande", "Kommunstyrelsens ordförande");

  // The public side, from the start page.
  await page.goto("/");
  await page.getByRole("link", { name: /Luleå/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Luleå");
  await photograph(page, "event-page");
  await page.getByRole("link", { name: "Anmäl deltagare" }).first().click();
  await fillOrganisationStep(page, { municipality: "Sandvikens kommun", contact, contactAttends: true });
  await page.locator("#delegates-0-title").fill(contact.title);
  await fillDelegatesStep(page, [chair], { from: 1 });
  // Not HYBRIT: other tests fill its seats while this one runs.
  await chooseActivities(page, contact.name, [ACTIVITY.day1, ACTIVITY.dinner]);
  await chooseActivities(page, chair.name, [ACTIVITY.day1, ACTIVITY.day2, ACTIVITY.annualMeeting]);
  await page
    .getByRole("group", { name: /ombud på årsmötet/ })
    .getByLabel(chair.name)
    .check();
  await photograph(page, "registration-choices");
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/needs/);
  await page.getByRole("group", { name: chair.name, exact: true }).getByLabel("Glutenfri").check();
  await page.getByRole("button", { name: sv.continue }).click();
  const reference = await submitReview(page);
  await photograph(page, "registration-confirmation");

  // The mails: the contact's receipt with the private link, each delegate's confirmation with a
  // calendar file and a check-in code.
  const receipt = await waitForMail(contact.email, /^Anmälan mottagen/);
  expect(receipt.text).toContain(reference);
  const confirmation = await waitForMail(chair.email, /^Bekräftelse/);
  expect(confirmation.attachments.map((attachment) => attachment.contentType)).toEqual(
    expect.arrayContaining(["text/calendar", "image/png"]),
  );
  await page.goto(manageLinkIn(receipt));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Anmälan ${reference}`);
  await photograph(page, "manage-registration");

  // Staff: sign in by mail, see the meeting, download the participant list.
  await page.context().clearCookies();
  await signInByMail(page, ADMIN);
  await page.getByRole("link", { name: /Luleå/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Översikt");
  await expectAccessible(page);
  await photograph(page, "staff-dashboard");
  await page.goto("/admin/events/lulea-2027/participants");
  await expect(page.getByRole("link", { name: chair.name })).toBeVisible();
  await photograph(page, "staff-participants");

  await page.goto("/admin/events/lulea-2027/exports");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Ladda ner som Excel (.xlsx) – Deltagare", exact: true }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const names = book.worksheets[0]!.getColumn(1).values.map(String);
  expect(names.join("\n")).toContain(chair.name);

  // On the day: the chair's code from the mail, checked in at the entrance.
  await page.goto(await checkInPathFromMail(chair.email));
  const card = page.getByRole("region", { name: chair.name });
  await card.getByRole("button", { name: `Checka in ${chair.name}` }).click();
  await expect(card.getByRole("status")).toContainText(/Incheckad \d\d:\d\d/);
  await photograph(page, "staff-check-in");

  // Badges for everyone, as one PDF to print.
  const badges = await page.request.get("/api/admin/events/lulea-2027/badges?locale=sv");
  expect(badges.status()).toBe(200);
  expect(badges.headers()["content-type"]).toBe("application/pdf");
  expect((await badges.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
