// After the meeting: the evaluation goes to those checked in; an answer is stored with no way
// back to its author, and staff see it summed up per theme.
import { expect, test } from "@playwright/test";
import { STAFF_STATE } from "./support/admin";
import { expectAccessible } from "./support/axe";
import { emailOfAttendee, evaluationAnswers, meetingUnderWay, registeredPeople } from "./support/database";
import { waitForMail } from "./support/mail-catcher";

test.use({ storageState: STAFF_STATE });

test("those checked in get the evaluation; an answer is stored anonymously and summed up per theme", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const slug = `evaluation-${Date.now().toString(36)}`;
  await meetingUnderWay(slug);
  const [present] = await registeredPeople(slug, ["Anna Answer", "Bo Borta"]);
  await page.goto(`/admin/events/${slug}/check-in?attendee=${present}`);
  await page.getByRole("button", { name: "Checka in Anna Answer" }).click();
  await expect(page.getByRole("region", { name: "Anna Answer" }).getByRole("status")).toContainText(
    /Incheckad/,
  );

  await page.goto(`/admin/events/${slug}/evaluation`);
  await expect(page.getByText("Inga svar än.")).toBeVisible();
  await page.getByRole("button", { name: "Skicka till incheckade" }).click();
  await expect(page.getByRole("status")).toHaveText("Utvärderingen skickas till 1 person.");

  const mail = await waitForMail(await emailOfAttendee(present!), /^Vad tyckte du om/);
  const link = new URL(/href="([^"]*\/evaluations\/[^"]+)"/.exec(String(mail.html))![1]!).pathname;
  // The person answers in a browser of their own, without staff's session.
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const answer = await visitor.newPage();
  await answer.goto(link);
  await expect(answer.getByRole("heading", { level: 1 })).toHaveText("Utvärdering av Träff i dag");
  await expectAccessible(answer);
  await answer.getByRole("group", { name: "Infrastruktur" }).getByLabel("5 – Utmärkt").check();
  await answer.getByRole("group", { name: "Talangjakt" }).getByLabel("3 – Bra").check();
  await answer.getByLabel("Kommentar").fill("Studiebesöket var bäst.");
  await answer.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(answer.getByRole("status")).toHaveText("Tack för ditt svar!");
  await answer.goto(link);
  await expect(answer.getByRole("status")).toHaveText(
    "Utvärderingen är redan besvarad med den här länken. Tack!",
  );
  await visitor.close();

  // Stored with ratings, text and the day only: nothing that names or leads to the person.
  const [stored] = await evaluationAnswers(slug);
  expect(Object.keys(stored!).sort()).toEqual(["comment", "eventId", "id", "ratings", "submittedOn"]);
  expect(JSON.stringify(stored)).not.toContain(present!);
  expect(JSON.stringify(stored)).not.toContain("Anna");

  await page.goto(`/admin/events/${slug}/evaluation`);
  await expect(page.getByText("1 svar av 1 utskickad")).toBeVisible();
  await expect(page.getByRole("figure", { name: /Infrastruktur/ })).toContainText("Medelbetyg 5 av 5");
  await expect(page.getByText("Studiebesöket var bäst.")).toBeVisible();
  await expectAccessible(page);
});
