// Study-visit details (date of birth, nationality) reach administrators only: checked in what the
// server sends to staff's browsers — the HTML and the React payload in it — not only in what shows.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { ADMIN_STATE, STAFF_STATE, VIEWER_STATE } from "./support/admin";
import { attendeeIdByEmail, setSignupAnswers } from "./support/database";

test("staff and viewers get no study-visit details in any page's payload; administrators do", async ({
  baseURL,
  request,
}) => {
  const event = await (await request.get("/api/v1/events/lulea-2027")).json();
  const id = (key: string) => event.activities.find((activity: { key: string }) => activity.key === key).id;
  const unique = Date.now().toString(36);
  const email = `besokare-${unique}@example.se`;
  const answers = { dateOfBirth: "1913-03-13", nationality: `Xenonsk-${unique}`, shoeSize: "47" };
  const created = await request.post("/api/v1/events/lulea-2027/registrations", {
    data: {
      idempotencyKey: `visit-${unique}`,
      organisation: { kind: "observer", name: "Besöksverket" },
      contact: { name: "Besökskontakt", email: `kontakt-${unique}@example.se`, phone: "070-000 00 00" },
      privacyConsent: true,
      delegates: [
        {
          name: "Berit Besökare",
          email,
          title: "Miljöchef",
          activityIds: [id("day-1")],
        },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const attendeeId = await attendeeIdByEmail(email);
  // The details are stored as the visit's sign-up would store them, without taking a place in the
  // visit's queue, which other specs count on.
  await setSignupAnswers(attendeeId, answers);
  const base = `/admin/events/lulea-2027/participants/${attendeeId}`;

  for (const state of [STAFF_STATE, VIEWER_STATE]) {
    const context = await playwrightRequest.newContext({ baseURL, storageState: state });
    for (const path of [base, `${base}/edit`, `${base}/choices`]) {
      const response = await context.get(path);
      const body = await response.text();
      expect(body, `${state} ${path}`).not.toContain(answers.dateOfBirth);
      expect(body, `${state} ${path}`).not.toContain(answers.nationality);
    }
    await context.dispose();
  }
  const admin = await playwrightRequest.newContext({ baseURL, storageState: ADMIN_STATE });
  // Administrators may see them: the person's data export carries them.
  expect(await (await admin.get(`/api${base}/personal-data`)).text()).toContain(answers.nationality);
  await admin.dispose();
});
