import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { listMail, waitForMail } from "./support/mail-catcher";

const ADMIN = "admin@e2e.example.se";

test("staff sign in with the link from the e-mail and see the live numbers", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logga in som personal");
  await expectAccessible(page);
  await page.getByLabel("E-postadress").fill(ADMIN);
  await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kolla din e-post");
  await expectAccessible(page);

  const mail = await waitForMail(ADMIN, /^Logga in/);
  const link = /href="([^"]+callback\/email[^"]+)"/.exec(String(mail.html))![1]!.replaceAll("&amp;", "&");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dina träffar");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nätverksträff med årsmöte i Luleå" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Översikt: Nätverksträff med årsmöte i Luleå",
  );
  const activities = page.getByRole("region", { name: "Per programpunkt" });
  await expect(
    activities.getByRole("row", { name: /Studiebesök på HYBRIT:s pilotanläggning/ }),
  ).toContainText("40");
  await expect(
    page.getByRole("region", { name: "Mat" }).getByRole("row", { name: /Nätverksmiddag/ }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Per organisation" })).toContainText("Luleå kommun");
  await expectAccessible(page);
});

test("an unknown address sees the same page and gets no mail", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await page.getByLabel("E-mail address").fill("stranger@e2e.example.se");
  await page.getByRole("button", { name: "Send sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Kolla din e-post|Check your e-mail/);
  await page.waitForTimeout(1500);
  expect(
    (await listMail()).some((mail) => mail.to.some((to) => to.address === "stranger@e2e.example.se")),
  ).toBe(false);
});

test("the admin area needs a signed-in staff member", async ({ request }) => {
  const response = await request.get("/admin/events/lulea-2027", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/admin\/sign-in$/);
});
