import { expect, type Page } from "@playwright/test";
import { listMail, waitForMail } from "./mail-catcher";

/** The first administrator of the e2e run (ADMIN_EMAILS) and the colleagues the setup gives roles. */
export const ADMIN = "admin@e2e.example.se";
export const ADMIN_STATE = "e2e/.auth/admin.json";
export const STAFF = "staff@e2e.example.se";
export const STAFF_STATE = "e2e/.auth/staff.json";
export const VIEWER = "viewer@e2e.example.se";
export const VIEWER_STATE = "e2e/.auth/viewer.json";
/** An administrator of the Luleå meeting only, not of the association. */
export const EVENT_ADMIN = "event-admin@e2e.example.se";
export const EVENT_ADMIN_STATE = "e2e/.auth/event-admin.json";

/** Signs in as a person would: ask for a link, open it from the caught mail. */
export async function signInByMail(page: Page, email: string) {
  // A person may have signed in before: only a link asked for now will do.
  const earlier = new Set((await listMail()).map((mail) => mail.id));
  await page.goto("/admin/sign-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kolla din e-post");
  const mail = await waitForMail(email, /^Logga in/, 30_000, earlier);
  const link = /href="([^"]+callback\/email[^"]+)"/.exec(String(mail.html))![1]!.replaceAll("&amp;", "&");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dina träffar");
}
