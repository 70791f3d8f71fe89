// Registers through the public REST API, for tests that need someone registered before they start.
import { expect, type APIRequestContext } from "@playwright/test";
import { invitationToken } from "./database";

let counter = 0;

export async function registerViaApi(
  request: APIRequestContext,
  name: string,
  activityKeys: string[],
  member?: { organisationId: string; isVotingDelegate: boolean; invited?: boolean },
  slug = "lulea-2027",
) {
  const event = await (await request.get(`/api/v1/events/${slug}`)).json();
  const activityIds = activityKeys.map(
    (key) => event.activities.find((activity: { key: string }) => activity.key === key).id,
  );
  const unique = `${Date.now().toString(36)}${counter++}`;
  const response = await request.post(`/api/v1/events/${slug}/registrations`, {
    data: {
      idempotencyKey: `api-${unique}`,
      organisation: member
        ? { kind: "member", id: member.organisationId }
        : { kind: "observer", name: "Provorganisationen" },
      contact: { name, email: `kontakt-${unique}@example.se`, phone: "070-000 00 00" },
      // A member registers through its invitation, unless the test is about one that did not.
      ...(member && member.invited !== false
        ? { invitationToken: await invitationToken(member.organisationId) }
        : {}),
      privacyConsent: true,
      delegates: [
        {
          name,
          email: `deltagare-${unique}@example.se`,
          title: "Tjänsteperson",
          activityIds,
          isVotingDelegate: member?.isVotingDelegate ?? false,
        },
      ],
    },
  });
  expect(response.status()).toBe(201);
  return response.json();
}
