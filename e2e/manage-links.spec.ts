// What each private link opens: the contact's link the whole registration, an attendee's link only
// their own place. Everything else answers 404 with the link's own explanation.
import { expect, test } from "@playwright/test";
import { registerViaApi } from "./support/api";
import { listMail, manageLinkIn, waitForMail } from "./support/mail-catcher";

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
  const received = (await listMail()).find((mail) => mail.subject.includes(registration.reference))!;
  const contact = manageLinkIn(await waitForMail(received.to[0]!.address, /^Anmälan mottagen/));
  const add = await page.goto(`${contact}/add`);
  expect(add?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lägg till en deltagare");
  await expect(page.getByText("Deltagare 2", { exact: false }).first()).toBeVisible();
});
