// Signs in once per role by the links from the caught mails and keeps the sessions for the admin
// tests (Playwright's storageState): the first administrator from ADMIN_EMAILS (an association
// administrator), who then gives colleagues the staff, viewer and event administrator roles.
import { test as setup } from "@playwright/test";
import {
  ADMIN,
  ADMIN_STATE,
  EVENT_ADMIN,
  EVENT_ADMIN_STATE,
  signInByMail,
  STAFF,
  STAFF_STATE,
  VIEWER,
  VIEWER_STATE,
} from "./support/admin";

setup("sign in as administrator, staff and viewer", async ({ page, browser }) => {
  await signInByMail(page, ADMIN);
  await page.context().storageState({ path: ADMIN_STATE });

  for (const [email, role] of [
    [STAFF, "staff"],
    [VIEWER, "viewer"],
    [EVENT_ADMIN, "admin"],
  ] as const) {
    await page.goto("/admin/events/lulea-2027/staff");
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Roll").selectOption(role);
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("row", { name: new RegExp(email.replace(".", "\\.")) }).waitFor();
  }
  for (const [email, path] of [
    [STAFF, STAFF_STATE],
    [VIEWER, VIEWER_STATE],
    [EVENT_ADMIN, EVENT_ADMIN_STATE],
  ] as const) {
    const context = await browser.newContext();
    const colleague = await context.newPage();
    await signInByMail(colleague, email);
    await context.storageState({ path });
    await context.close();
  }
});
