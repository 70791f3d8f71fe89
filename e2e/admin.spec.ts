import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { ADMIN_STATE, STAFF_STATE } from "./support/admin";
import { expectAccessible } from "./support/axe";
import { registerViaApi } from "./support/api";
import { meetingWithQueue } from "./support/database";
import { listMail } from "./support/mail-catcher";

test.describe("signed in as administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("the dashboard shows the live numbers", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dina träffar");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nätverksträff med årsmöte i Luleå" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Översikt: Nätverksträff med årsmöte i Luleå",
    );
    const activities = page.getByRole("region", { name: "Anmälda per programpunkt" });
    await expect(
      activities.getByRole("row", { name: /Studiebesök på HYBRIT:s pilotanläggning/ }),
    ).toContainText("40");
    await expect(
      page
        .getByRole("region", { name: "Måltider och specialkost" })
        .getByRole("row", { name: /Nätverksmiddag/ }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Anmälda per organisation" })).toContainText(
      "Luleå kommun",
    );
    await expectAccessible(page);
  });

  test("the participant list searches and filters, without JavaScript too", async ({ page }) => {
    await page.goto("/admin/events/lulea-2027/participants");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deltagare");
    await expectAccessible(page);
    await page.getByLabel("Sök namn, e-post eller organisation").fill("zzz-ingen-sådan");
    await page.getByRole("button", { name: "Visa" }).click();
    await expect(page.getByText("Inga deltagare matchar sökningen.")).toBeVisible();
    await expect(page).toHaveURL(/q=zzz/);
  });

  test("the participant list exports as XLSX that opens in a spreadsheet program", async ({ page }) => {
    await page.goto("/admin/events/lulea-2027/exports");
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Ladda ner som Excel (.xlsx) – Deltagare" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("participants-lulea-2027.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const header = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["Namn", "E-post", "Titel"]);
  });
});

test("an unknown address sees the same page and gets no mail", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in as staff");
  await expectAccessible(page);
  await page.getByLabel("E-mail address").fill("stranger@e2e.example.se");
  await page.getByRole("button", { name: "Send sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
  await expectAccessible(page);
  await page.waitForTimeout(1500);
  expect(
    (await listMail()).some((mail) => mail.to.some((to) => to.address === "stranger@e2e.example.se")),
  ).toBe(false);
});

test("the admin area and its exports need a signed-in staff member", async ({ request }) => {
  const response = await request.get("/admin/events/lulea-2027", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/admin\/sign-in$/);
  const exported = await request.get("/api/admin/events/lulea-2027/exports/participants?format=csv");
  expect(exported.status()).toBe(401);
});

test.describe("staff on one delegate", () => {
  test.use({ storageState: ADMIN_STATE });

  test("edit a delegate's details from the list, with the change audited", async ({ page, request }) => {
    const name = `Personalprov ${Date.now()}`;
    await registerViaApi(request, name, ["day-1"]);

    await page.goto(`/admin/events/lulea-2027/participants?q=${encodeURIComponent(name)}`);
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Ändra uppgifter" }).click();
    // The check waits for the new page: axe during the client-side navigation sees no title.
    await expect(page.getByLabel("Titel eller roll")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Titel eller roll").fill("Ändrad av personal");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringen är sparad.");
    await expect(page.getByRole("region", { name: "Händelser" })).toContainText(
      "attendee.details-changed · staff",
    );
  });
});

test.describe("event administration", () => {
  test.use({ storageState: ADMIN_STATE });

  test("settings refuse a capacity below the confirmed places, keeping what was typed", async ({
    page,
    request,
  }) => {
    await registerViaApi(request, `Middagsgäst ${Date.now()}`, ["dinner"]);
    await page.goto("/admin/events/lulea-2027/settings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inställningar för träffen");
    await expectAccessible(page);
    const dinner = page.locator(".card", { has: page.getByRole("heading", { name: "Nätverksmiddag" }) });
    const confirmed = Number(/(\d+) bekräftade? nu/.exec((await dinner.locator(".meta").textContent())!)![1]);
    await dinner.getByLabel("Antal platser").fill(String(confirmed - 1));
    await dinner.getByRole("button", { name: "Spara" }).click();
    await expect(dinner.getByRole("alert")).toContainText(`${confirmed} platser som redan är bekräftade`);
    await expect(dinner.getByLabel("Antal platser")).toHaveValue(String(confirmed - 1));
    await dinner.getByLabel("Antal platser").fill("");
    await dinner.getByRole("button", { name: "Spara" }).click();
    await expect(dinner.getByRole("status")).toHaveText("Ändringen är sparad.");
  });

  test("an administrator gives a colleague a role, and the log shows it", async ({ page }) => {
    await page.goto("/admin/events/lulea-2027/staff");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personal och roller");
    await expectAccessible(page);
    await page.getByLabel("E-postadress").fill("kollega@e2e.example.se");
    await page.getByLabel("Roll").selectOption("viewer");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.getByRole("row", { name: /kollega@e2e\.example\.se/ })).toContainText("Läsbehörighet");

    await page.goto("/admin/events/lulea-2027/audit?action=staff.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logg");
    await expect(page.getByRole("row", { name: /staff\.role-set/ }).first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("messages to delegates", () => {
  test.use({ storageState: STAFF_STATE });

  test("staff preview a message, see who gets it, send it and follow delivery", async ({ page, request }) => {
    const name = `Bussresenär ${Date.now()}`;
    await registerViaApi(request, name, ["day-1"]);
    await page.goto("/admin/events/lulea-2027/messages");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Skicka meddelande till deltagare");
    await expectAccessible(page);
    await page
      .getByLabel("Programpunkt")
      .selectOption({ label: "Dag 1: infrastruktur, talangjakt och utbildning" });
    await page.getByLabel("Ämne (svenska)").fill("Välkomna till Luleå");
    await page.getByLabel("Meddelande (svenska)").fill("Hej!\n\nVi ses på Kulturens hus klockan 10.");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect(page.getByText(/Meddelandet går till \d+ person/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: /Skicka till/ }).click();
    await expect(page).toHaveURL(/mailing=/);
    await expect(page.getByText(/(\d+) av \1 skickade/)).toBeVisible({ timeout: 20_000 });
  });
});

test.describe("staff cancel a delegate", () => {
  test.use({ storageState: ADMIN_STATE });

  test("after a confirmation step, and the freed place goes to the one waiting", async ({
    page,
    request,
  }) => {
    // A meeting of its own whose one place is taken, so no other journey joins its queue.
    const slug = `ko-${Date.now().toString(36)}`;
    await meetingWithQueue(slug);
    const first = `Kö Ett ${Date.now()}`;
    const second = `Kö Två ${Date.now()}`;
    await registerViaApi(request, first, ["day"], undefined, slug);
    await registerViaApi(request, second, ["day"], undefined, slug);
    await page.goto(`/admin/events/${slug}/participants?q=${encodeURIComponent(second)}`);
    await page.getByRole("link", { name: second }).click();
    await expect(page.getByRole("region", { name: "Program" })).toContainText("Väntelista, plats 1");

    await page.goto(`/admin/events/${slug}/participants?q=${encodeURIComponent(first)}`);
    await page.getByRole("link", { name: first }).click();
    await page.getByRole("link", { name: "Avanmäl" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Vill du avanmäla ${first}?`);
    await expectAccessible(page);
    await page.getByRole("button", { name: `Ja, avanmäl ${first}` }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringen är sparad.");

    await page.goto(`/admin/events/${slug}/participants?q=${encodeURIComponent(second)}`);
    await page.getByRole("link", { name: second }).click();
    await expect(page.getByRole("region", { name: "Program" })).toContainText("Plats bekräftad");
  });
});
