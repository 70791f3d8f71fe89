// The stay: an administrator adds a hotel's room block; a person books a night and gives their
// arrival through their link; staff see the rooms left and download the rooming list.
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";
import { expectAccessible } from "./support/axe";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";

test.use({ storageState: ADMIN_STATE });

test("a hotel block is set up, a night booked through the private link, and the lists download", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(90_000);
  const hotel = `Hotell Nordpol ${Date.now().toString(36)}`;
  await page.goto("/admin/events/lulea-2027/stay");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boende och resor");
  const add = page.getByRole("region", { name: "Lägg till hotell" });
  await add.getByLabel("Hotellets namn").fill(hotel);
  await add.getByLabel("Pris (svenska)").fill("1 095 kr per natt");
  await add.getByLabel("Pris (engelska)").fill("SEK 1,095 per night");
  await add.getByLabel("Släppdatum").fill("2027-03-28T23:59");
  await add.getByLabel(/24 apr/).fill("3");
  await add.getByRole("button", { name: "Lägg till hotellet" }).click();
  await expect(page.getByRole("status")).toHaveText("Hotellet är tillagt.");
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
