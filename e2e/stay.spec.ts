// The stay: an administrator adds a hotel's room block; a person books a night and gives their
// arrival through their link; staff see the rooms left and download the rooming list.
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";
import { expectAccessible } from "./support/axe";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import {
  ACTIVITY,
  chooseActivities,
  fillDelegatesStep,
  fillOrganisationStep,
  person,
  sv,
  submitReview,
} from "./support/registration";

test.use({ storageState: ADMIN_STATE });

/** Adds a hotel on the stay page with rooms for the night before the meeting only. */
async function addHotel(page: Page, hotel: string, rooms: number) {
  await page.goto("/admin/events/lulea-2027/stay");
  const add = page.getByRole("region", { name: "Lägg till hotell" });
  await add.getByLabel("Hotellets namn").fill(hotel);
  await add.getByLabel("Pris (svenska)").fill("1 095 kr per natt");
  await add.getByLabel("Pris (engelska)").fill("SEK 1,095 per night");
  await add.getByLabel("Släppdatum").fill("2027-03-28T23:59");
  await add.getByLabel(/24 apr/).fill(String(rooms));
  await add.getByRole("button", { name: "Lägg till hotellet" }).click();
  await expect(page.getByRole("status")).toHaveText("Hotellet är tillagt.");
}

test("a hotel block is set up, a night booked through the private link, and the lists download", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(90_000);
  const hotel = `Hotell Nordpol ${Date.now().toString(36)}`;
  await addHotel(page, hotel, 3);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boende och resor");
  const card = page.getByRole("region", { name: hotel });
  await expect(card.getByRole("row", { name: /24 apr/ })).toContainText(/3\s*0\s*3/);
  await expectAccessible(page);

  // The person books the night before through their own link.
  const registered = await registerViaApi(request, "Petra Pendlare", ["day-1"]);
  const link = manageLinkIn(await waitForMail(registered.delegates[0].email, /^Bekräftelse/));
  const guest = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const own = await guest.newPage();
  await own.goto(link);
  await own.getByRole("link", { name: "Boende och resa för Petra Pendlare" }).click();
  await own.getByLabel(new RegExp(`^${hotel}`)).check();
  await own.getByLabel(/Natten till lördag 24 april/).check();
  await own.getByLabel("Ankomst (datum och tid)").fill("2027-04-24T18:10");
  await own.getByRole("combobox", { name: "Färdsätt" }).first().selectOption({ label: "Flyg" });
  await own.getByLabel("Flyg- eller tågnummer").first().fill("SK 2002");
  await expectAccessible(own);
  await own.getByRole("button", { name: "Spara" }).click();
  await expect(own.getByRole("status")).toHaveText("Boende och resa är sparade.");
  // The overview shows what was given.
  const summary = own.getByRole("region", { name: "Boende och resa" });
  await expect(summary).toContainText(`${hotel}, natten till 24 april.`);
  await expect(summary).toContainText("Flyg, SK 2002");
  await guest.close();

  await page.reload();
  await expect(page.getByRole("region", { name: hotel }).getByRole("row", { name: /24 apr/ })).toContainText(
    /3\s*1\s*2/,
  );
  const href = await page.getByRole("link", { name: `Rumslista för ${hotel} (Excel)` }).getAttribute("href");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await (await request.get(href!)).body()) as unknown as ArrayBuffer);
  const rows: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).join("|")));
  expect(rows.join("\n")).toContain("Petra Pendlare");
});

test("a delegate books a night and gives their travel in the registration form, and the review shows it", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const hotel = `Hotell Polcirkeln ${Date.now().toString(36)}`;
  await addHotel(page, hotel, 1);

  const guest = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const form = await guest.newPage();
  const contact = person("Rolf Rumskontakt");
  const traveller = person("Stina Sovande");
  await form.goto("/events/lulea-2027/register");
  await fillOrganisationStep(form, { observer: `Resenärerna ${Date.now().toString(36)}`, contact });
  await fillDelegatesStep(form, [traveller]);
  await chooseActivities(form, traveller.name, [ACTIVITY.day1]);
  await form.getByRole("button", { name: sv.continue }).click();
  await form.waitForURL(/\/needs/);

  // The night the hotel holds no rooms for is refused at its field, and its link lands there.
  const stay = form.getByRole("group", { name: "Boende och resa (frivilligt)" });
  await stay.getByLabel(new RegExp(`^${hotel}`)).check();
  await stay.getByLabel(/Natten till söndag 25 april/).check();
  await stay.getByLabel("Ankomst (datum och tid)").fill("2027-04-24T18:10");
  await stay.getByRole("combobox", { name: "Färdsätt" }).first().selectOption({ label: "Tåg" });
  await stay.getByLabel("Flyg- eller tågnummer").first().fill("SJ 94");
  await expectAccessible(form);
  await form.getByRole("button", { name: sv.continue }).click();
  const summary = form.locator(".error-summary");
  await expect(summary).toContainText(`${hotel} har inga rum kvar natten till 25 april`);
  await summary.getByRole("link").first().click();
  await expect(form.locator("#delegates-0-stay-nights")).toBeInViewport();
  await expect(stay.getByLabel("Flyg- eller tågnummer").first()).toHaveValue("SJ 94");

  await stay.getByLabel(/Natten till söndag 25 april/).uncheck();
  await stay.getByLabel(/Natten till lördag 24 april/).check();
  await form.getByRole("button", { name: sv.continue }).click();
  await form.waitForURL(/\/review/);
  const row = form.locator(".summary-list__row", { hasText: "Boende och resa" });
  await expect(row).toContainText(`${hotel}, natten till 24 april.`);
  await expect(row).toContainText("Tåg, SJ 94");
  await submitReview(form, { check: true });

  // The private link's overview shows the stay, and the hotel's last room is taken.
  await form.goto(manageLinkIn(await waitForMail(traveller.email, /^Bekräftelse/)));
  await expect(form.getByRole("region", { name: "Boende och resa" })).toContainText(
    `${hotel}, natten till 24 april.`,
  );
  await guest.close();
  await page.goto("/admin/events/lulea-2027/stay");
  await expect(page.getByRole("region", { name: hotel }).getByRole("row", { name: /24 apr/ })).toContainText(
    /1\s*1\s*0/,
  );
});
