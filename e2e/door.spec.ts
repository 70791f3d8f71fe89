// The day itself, at the door of a meeting under way whose registration has closed: a walk-in is
// registered and badged; check-ins made while the network is down arrive once when it is back.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { STAFF_STATE } from "./support/admin";
import { expectAccessible } from "./support/axe";
import { checkedInAt, meetingUnderWay, registeredPeople, shortCodeOf } from "./support/database";

test.use({ storageState: STAFF_STATE });

async function pdfText(data: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  const { text } = await parser.getText();
  await parser.destroy();
  return text.replace(/\s+/g, " ");
}

test("a walk-in is registered after registration has closed, counted at once, and badged", async ({
  page,
}) => {
  const slug = `door-walk-in-${Date.now().toString(36)}`;
  await meetingUnderWay(slug);
  await page.goto(`/admin/events/${slug}/check-in`);
  const counter = page.getByLabel("Incheckade just nu");
  await expect(counter).toContainText("0 av 0");
  await page.getByRole("link", { name: "Registrera någon på plats" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registrera på plats");
  await expectAccessible(page);

  // Nothing filled in: each missing answer is named and links to its field.
  await page.getByRole("button", { name: "Registrera och checka in" }).click();
  const missing = page.getByRole("link", { name: /namn/i }).first();
  await expect(missing).toBeVisible();

  await page.getByLabel("Annan organisation").fill("Norrbottens Hamnar");
  await page.getByLabel("Namn", { exact: true }).fill("Greta Gånggäst");
  await page.getByLabel("Dagen").check();
  await page.getByRole("button", { name: "Registrera och checka in" }).click();
  const card = page.getByRole("region", { name: "Greta Gånggäst" });
  await expect(card.getByRole("status")).toContainText(/Registrerad på plats och incheckad \d\d:\d\d/);
  await expect(counter).toContainText("1 av 1");

  const download = page.waitForEvent("download");
  await card.getByRole("link", { name: /namnbricka/i }).click();
  const text = await pdfText(readFileSync((await (await download).path())!));
  expect(text).toContain("Greta Gånggäst");
  expect(text).toContain("Norrbottens Hamnar");
});

test("check-ins made while the network is down are kept, shown as not sent, and arrive once when it is back", async ({
  page,
  context,
}) => {
  const slug = `door-offline-${Date.now().toString(36)}`;
  await meetingUnderWay(slug);
  const [olle, nina] = await registeredPeople(slug, ["Olle Offline", "Nina Natlos"]);
  await page.goto(`/admin/events/${slug}/check-in`);
  const code = page.getByLabel("Incheckningskod", { exact: true });
  const checkIn = page.getByRole("button", { name: "Checka in", exact: true });

  await context.setOffline(true);
  const queue = page.getByRole("region", { name: "Incheckningar utan nät" });
  await code.fill(shortCodeOf(olle!));
  await checkIn.click();
  await expect(queue).toContainText("Ingen anslutning");
  await expect(queue).toContainText("1 incheckning är inte skickad än.");
  // The same badge scanned again is not queued twice.
  await code.fill(shortCodeOf(olle!));
  await checkIn.click();
  await expect(queue).toContainText("Koden väntar redan på att skickas.");
  await code.fill(shortCodeOf(nina!));
  await checkIn.click();
  await expect(queue).toContainText("2 incheckningar är inte skickade än.");
  await expect(queue.getByRole("listitem")).toHaveCount(2);
  expect(await checkedInAt(olle!)).toBeNull();
  await expectAccessible(page);

  await context.setOffline(false);
  await expect(queue).toContainText("Alla incheckningar är skickade.", { timeout: 20_000 });
  await expect(queue).toContainText("Skickad: Olle Offline incheckad");
  await expect(queue).toContainText("Skickad: Nina Natlos incheckad");
  expect(await checkedInAt(olle!)).not.toBeNull();
  expect(await checkedInAt(nina!)).not.toBeNull();
  await expect(page.getByLabel("Incheckade just nu")).toContainText("2 av 2");
  // Nothing is left in the phone to send again.
  expect(await page.evaluate((key) => localStorage.getItem(key), `sik-check-in-queue:${slug}`)).toBe("[]");
});
