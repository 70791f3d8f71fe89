// What each private link opens: the contact's link the whole registration, an attendee's link only
// their own place. Everything else answers 404 with the link's own explanation.
import { expect, test } from "@playwright/test";
import { registerViaApi } from "./support/api";
import { contactOf, listMail, manageLinkIn, waitForMail } from "./support/mail-catcher";

test("an attendee's link opens no add or cancel-all page, and unknown people or links are 404", async ({
  page,
  request,
}) => {
  const name = `Länk Prov ${Date.now().toString(36)}`;
  const registration = await registerViaApi(request, name, ["day-1"]);
  const own = manageLinkIn(await waitForMail(registration.delegates[0].email, /^Bekräftelse/));
  for (const path of [
    `${own}/add`,
    `${own}/cancel`,
    `${own}/attendees/00000000-0000-4000-8000-000000000000`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Länken fungerar inte");
  }
  const unknown = await page.goto("/manage/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Länken fungerar inte");

  // The contact's link opens the add page, which names the new person by their place.
  const contact = manageLinkIn(
    await waitForMail(await contactOf(registration.reference), /^Anmälan mottagen/),
  );
  const add = await page.goto(`${contact}/add`);
  expect(add?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lägg till en deltagare");
  await expect(page.getByText("Deltagare 2", { exact: false }).first()).toBeVisible();
});

test("a change mail carries the person's own link, and the contact gets a copy with theirs", async ({
  page,
  request,
}) => {
  const name = `Ändra Mejl ${Date.now().toString(36)}`;
  const registration = await registerViaApi(request, name, ["day-1"]);
  const contactAddress = await contactOf(registration.reference);
  const contact = manageLinkIn(await waitForMail(contactAddress, /^Anmälan mottagen/));
  const seen = new Set((await listMail()).map((mail) => mail.id));
  await page.goto(contact);
  await page.getByRole("link", { name: `Ändra uppgifter för ${name}` }).click();
  await page.getByLabel("Titel eller roll").fill("Ny titel från kontakten");
  await page.getByRole("button", { name: /Spara/ }).click();
  await expect(page.getByRole("status")).toContainText("Ändringen är sparad");

  const changed = await waitForMail(registration.delegates[0].email, /^Ändrad anmälan/, 30_000, seen);
  await page.goto(manageLinkIn(changed));
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const copy = await waitForMail(contactAddress, /^Ändrad anmälan/, 30_000, seen);
  expect(copy.text).toContain(name);
  await page.goto(manageLinkIn(copy));
  await expect(page.getByRole("link", { name: "Lägg till en deltagare" })).toBeVisible();
});
