import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";

test.describe("public event page", () => {
  test("shows the Luleå meeting in Swedish with everything a delegate needs", async ({ page }) => {
    await page.goto("/events/lulea-2027");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nätverksträff med årsmöte i Luleå");
    await expect(page.getByText("25–26 april 2027").first()).toBeVisible();
    await expect(page.getByText("Kulturens hus, Luleå").first()).toBeVisible();
    await expect(page.getByText("Luleå kommun", { exact: true })).toBeVisible();

    const themes = page.getByRole("region", { name: "Teman" });
    for (const theme of ["Finansiering av infrastruktur", "Talangjakt", "Utbildning"]) {
      await expect(themes.getByRole("heading", { name: theme })).toBeVisible();
    }

    const programme = page.getByRole("region", { name: "Program" });
    await expect(programme.getByRole("heading", { name: "söndag 25 april 2027" })).toBeVisible();
    // Times are Stockholm time (CEST) whatever the server's own time zone.
    await expect(programme.getByText("10:00–17:00")).toBeVisible();
    await expect(programme.getByText("08:30–11:00")).toBeVisible();
    // Other tests may have taken seats by now.
    await expect(programme.getByText(/\d+ platser? kvar av 40/)).toBeVisible();
    await expect(programme.getByText("Anmälan senast 14 mars 2027")).toBeVisible();
    // Observers may attend the annual meeting, without a vote.
    await expect(programme.getByText("Endast medlemskommuner")).toHaveCount(0);
    await expect(programme).toContainText("Observatörer är välkomna utan rösträtt.");

    const visit = page.getByRole("region", { name: "Studiebesök på HYBRIT:s pilotanläggning" });
    await expect(
      visit.getByText("Pilotanläggningen i Luleå togs i drift den 31 augusti 2020."),
    ).toBeVisible();
    // The announcement's facts: who develops the technology, and where to read more.
    await expect(visit).toContainText("Hybrit Development AB");
    await expect(visit.getByRole("link", { name: "hybritdevelopment.se" })).toHaveAttribute(
      "href",
      "https://www.hybritdevelopment.se",
    );
    await expect(page.getByRole("region", { name: "Årsmöte" })).toContainText("ombud");

    await expect(page.getByText("Anmäl kommunens deltagare senast 28 mars 2027 kl. 23:59.")).toBeVisible();
    await expectAccessible(page);
  });

  test("offers registration prominently and leads to the registration page", async ({ page }) => {
    await page.goto("/events/lulea-2027");
    await page.getByRole("link", { name: "Anmäl deltagare" }).click();
    await expect(page).toHaveURL(/\/events\/lulea-2027\/register$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vilken organisation anmäler du?");
    await expectAccessible(page);
  });

  test("is available in English at its own address, with a language switch both ways", async ({ page }) => {
    await page.goto("/events/lulea-2027");
    await page.getByRole("link", { name: "In English" }).click();
    await expect(page).toHaveURL(/\/en\/events\/lulea-2027$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Network meeting and annual meeting in Luleå",
    );
    await expect(page.getByRole("heading", { name: "Sunday, April 25, 2027" })).toBeVisible();
    await expect(page.getByText("19:00–22:30")).toBeVisible();
    await expect(page.getByText(/\d+ seats? left of 40/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Register delegates" })).toBeVisible();
    // One date style on the whole English page: month before day, as the generated dates write it.
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    );
    expect(text).toContain("August 31, 2020");
    await expectAccessible(page);

    await page.getByRole("link", { name: "På svenska" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/events\/lulea-2027$/);
  });
});

test.describe("start page and errors", () => {
  test("lists the open meeting", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nätverksträffar");
    await page.getByRole("link", { name: "Nätverksträff med årsmöte i Luleå" }).click();
    await expect(page).toHaveURL(/\/events\/lulea-2027$/);
  });

  test("start page is accessible in both languages", async ({ page }) => {
    for (const path of ["/", "/en"]) {
      await page.goto(path);
      await expectAccessible(page);
    }
  });

  test("an unknown address gets a translated not-found page", async ({ page }) => {
    const response = await page.goto("/en/events/no-such-meeting");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectAccessible(page);

    const swedish = await page.goto("/nagot/som/inte/finns");
    expect(swedish?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  });
});

test("health endpoint reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "up" });
});
