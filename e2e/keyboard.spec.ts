// The whole registration, then a change through the private link, done with the keyboard alone
// in a browser zoomed to 200 % (a 1280 × 720 window at twice the size: 640 × 360 CSS pixels).
// No mouse click anywhere; every page must reflow without sideways scrolling.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { tabTo } from "./support/keyboard";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import { person } from "./support/registration";

test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
test.describe.configure({ timeout: 120_000 });

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

async function press(page: Page, control: Locator, key = "Enter") {
  await tabTo(page, control);
  await page.keyboard.press(key);
}

/** At 200 % the page must fit the window's width (WCAG 1.4.10 reflow) and still pass axe. */
async function checkZoomed(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
  await expectAccessible(page);
}

test("a contact registers and later changes a delegate's programme by keyboard alone, zoomed to 200 %", async ({
  page,
}) => {
  const contact = person("Klara Tangent", "Utvecklingsstrateg");
  const delegate = person("Kim Tabb", "Rektor");

  await page.goto("/events/lulea-2027");
  await checkZoomed(page);
  await press(page, page.getByRole("link", { name: "Anmäl deltagare" }).first());

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vilken organisation anmäler du?");
  await checkZoomed(page);
  // Into the radio group, then the arrow key moves to (and chooses) "Observer".
  await tabTo(page, page.getByLabel("Medlemskommun"));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel(/^Observatör/)).toBeChecked();
  await typeInto(page, page.getByLabel("Organisationens namn"), "Tangentbordsföreningen");
  await typeInto(page, page.getByLabel("Ditt namn"), contact.name);
  await typeInto(page, page.getByLabel("Din e-postadress"), contact.email);
  await typeInto(page, page.getByLabel("Ditt telefonnummer"), "070-123 45 67");
  await press(page, page.getByRole("button", { name: "Fortsätt" }));

  await page.waitForURL(/\/delegates/);
  await checkZoomed(page);
  await typeInto(page, page.locator("#delegates-0-name"), delegate.name);
  await typeInto(page, page.locator("#delegates-0-email"), delegate.email);
  await typeInto(page, page.locator("#delegates-0-title"), delegate.title);
  await press(page, page.getByRole("button", { name: "Fortsätt" }).last());

  await page.waitForURL(/\/choices/);
  await checkZoomed(page);
  const choices = page.getByRole("group", { name: `Vad deltar ${delegate.name} i?` });
  await press(page, choices.getByLabel(/^Dag 1/), "Space");
  await expect(choices.getByLabel(/^Dag 1/)).toBeChecked();
  await press(page, page.getByRole("button", { name: "Fortsätt" }));

  await page.waitForURL(/\/needs/);
  await checkZoomed(page);
  await press(page, page.getByRole("button", { name: "Fortsätt" }));

  await page.waitForURL(/\/review/);
  await checkZoomed(page);
  await press(page, page.getByLabel(/Jag har läst hur personuppgifterna hanteras/), "Space");
  await press(page, page.getByRole("button", { name: "Skicka anmälan" }));
  await page.waitForURL(/\/confirmation/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmälan är mottagen");
  await checkZoomed(page);

  // Later, from the link in the mail: add the network dinner for the delegate.
  await page.goto(manageLinkIn(await waitForMail(contact.email, /^Anmälan mottagen/)));
  await checkZoomed(page);
  await press(page, page.getByRole("link", { name: `Ändra val av program för ${delegate.name}` }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ändra val för ${delegate.name}`);
  await checkZoomed(page);
  await press(page, page.getByLabel("Nätverksmiddag"), "Space");
  await expect(page.getByLabel("Nätverksmiddag")).toBeChecked();
  await press(page, page.getByRole("button", { name: "Spara ändringarna" }));
  await expect(page.getByText("Ändringen är sparad. Ett mejl med bekräftelse är på väg.")).toBeVisible();
  await checkZoomed(page);
  await expect(page.getByText("Nätverksmiddag").first()).toBeVisible();
});
