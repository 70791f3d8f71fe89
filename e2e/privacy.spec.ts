// Personal data on request: the privacy notice, a person's data as JSON, and erasure after a
// confirmation step.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";
import { expectAccessible } from "./support/axe";

test("the privacy notice says what, why, how long, who receives it, the rights and whom to ask", async ({
  page,
}) => {
  for (const [path, headings] of [
    [
      "/privacy",
      [
        "Personuppgiftsansvarig",
        "Vilka uppgifter",
        "Rättslig grund",
        "Hur länge",
        "Dina rättigheter",
        "Kontakt",
      ],
    ],
    ["/en/privacy", ["Controller", "Legal basis", "How long", "Your rights"]],
  ] as const) {
    await page.goto(path);
    for (const heading of headings) await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expectAccessible(page);
  }
});

test.describe("an administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("downloads everything about a person, then erases them after confirming", async ({
    page,
    request,
  }) => {
    const name = `Radera Rut ${Date.now().toString(36)}`;
    await registerViaApi(request, name, ["day-1"]);
    await page.goto(`/admin/events/lulea-2027/participants?q=${encodeURIComponent(name)}`);
    await page.getByRole("link", { name }).click();

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Ladda ner allt som finns om personen (JSON)" }).click();
    const data = JSON.parse(readFileSync((await (await download).path())!, "utf8"));
    expect(data.person.name).toBe(name);
    expect(data.registration.privacyConsent.text).toContain("Jag har läst");

    await page.getByRole("link", { name: "Radera personens uppgifter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Radera uppgifterna om ${name}?`);
    await expectAccessible(page);
    await page.getByRole("button", { name: `Ja, radera uppgifterna om ${name}` }).click();
    await expect(page.getByRole("status")).toHaveText("Uppgifterna är raderade.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anonymiserad");
  });

  test("sees when the meeting's data will be anonymised", async ({ page }) => {
    await page.goto("/admin/events/lulea-2027/settings");
    await expect(page.getByRole("region", { name: "Personuppgifter" })).toContainText(
      "anonymiseras automatiskt",
    );
    await page.getByRole("link", { name: "Anonymisera nu, före det datumet" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anonymisera personuppgifterna nu?");
    await expectAccessible(page);
    // The meeting has not been held yet: the data is still needed, so it refuses.
    await page.getByRole("button", { name: "Ja, anonymisera nu" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Uppgifterna behövs tills träffen är över" }),
    ).toBeVisible();
  });
});
