// Signs in once as the first administrator (ADMIN_EMAILS in the e2e run) by the link from the
// caught mail, and keeps the session for the admin tests (Playwright's storageState).
import { expect, test as setup } from "@playwright/test";
import { ADMIN, ADMIN_STATE } from "./support/admin";
import { waitForMail } from "./support/mail-catcher";

setup("sign in as administrator", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.getByLabel("E-postadress").fill(ADMIN);
  await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kolla din e-post");
  const mail = await waitForMail(ADMIN, /^Logga in/);
  const link = /href="([^"]+callback\/email[^"]+)"/.exec(String(mail.html))![1]!.replaceAll("&amp;", "&");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dina träffar");
  await page.context().storageState({ path: ADMIN_STATE });
});
