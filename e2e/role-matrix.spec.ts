// Every admin page and API endpoint for every kind of caller: no session, a holder of a private
// link, viewer, staff, an event's administrator and an association administrator. Below the needed
// role a page is "not found" and the API says 403;
// without a session pages go to sign-in and the API says 401.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { ADMIN_STATE, EVENT_ADMIN_STATE, STAFF_STATE, VIEWER_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";
import { activityId, organisationId, someAttendeeId, someRegistrationId } from "./support/database";

// "association": an association administrator, who is also an administrator at every event.
const RANK = { viewer: 1, staff: 2, admin: 3, association: 4 } as const;
type Role = keyof typeof RANK;

const pages: [string, Role][] = [
  ["/admin/events/lulea-2027", "viewer"],
  ["/admin/events/lulea-2027/participants", "viewer"],
  ["/admin/events/lulea-2027/preview", "viewer"],
  ["/admin/events/lulea-2027/exports", "viewer"],
  ["/admin/events/lulea-2027/voting-register", "viewer"],
  ["/admin/events/lulea-2027/approvals", "viewer"],
  ["/admin/events/lulea-2027/invitations", "viewer"],
  ["/admin/events/lulea-2027/check-in", "staff"],
  ["/admin/events/lulea-2027/messages", "staff"],
  ["/admin/events/lulea-2027/settings", "admin"],
  ["/admin/events/lulea-2027/staff", "admin"],
  ["/admin/events/lulea-2027/audit", "admin"],
  ["/admin/events/lulea-2027/settings/anonymise", "admin"],
  ["/admin/events/new", "association"],
  ["/admin/members", "association"],
];
const apis: [string, Role][] = [
  ["/api/admin/events/lulea-2027/exports/participants?format=csv", "viewer"],
  ["/api/admin/events/lulea-2027/exports/voting-register?format=pdf", "viewer"],
  ["/api/admin/events/lulea-2027/exports/visitors?format=xlsx&activity=hybrit", "admin"],
  ["/api/admin/events/lulea-2027/exports/entrance-list?format=pdf", "viewer"],
  ["/api/admin/events/lulea-2027/badges", "viewer"],
];

const callers: { name: string; role: Role | null; state?: string }[] = [
  { name: "no session", role: null },
  { name: "private-link holder", role: null },
  { name: "viewer", role: "viewer", state: VIEWER_STATE },
  { name: "staff", role: "staff", state: STAFF_STATE },
  { name: "event admin", role: "admin", state: EVENT_ADMIN_STATE },
  { name: "association admin", role: "association", state: ADMIN_STATE },
];

for (const caller of callers) {
  test(`admin routes for ${caller.name}`, async ({ baseURL, request }) => {
    const context = await playwrightRequest.newContext({ baseURL, storageState: caller.state });
    // Someone is registered (the routes below are about a person); holding that registration's
    // private link gives no staff rights.
    await registerViaApi(request, `Länkägare ${Date.now()}`, ["day-1"]);
    // Routes about one person: the first attendee registered in this run.
    const attendee = `/admin/events/lulea-2027/participants/${await someAttendeeId()}`;
    const registration = `/admin/events/lulea-2027/registrations/${await someRegistrationId()}`;
    for (const [path, needed] of [
      ...pages,
      [`${attendee}/erase`, "admin"] as [string, Role],
      [`${registration}/erase-contact`, "admin"] as [string, Role],
      [`/admin/events/lulea-2027/approvals/${await someRegistrationId()}`, "viewer"] as [string, Role],
      [`/admin/members/${await organisationId("Luleå kommun")}/contacts`, "association"] as [string, Role],
      [`/admin/events/lulea-2027/settings/activities/${await activityId("day-1")}/remove`, "admin"] as [
        string,
        Role,
      ],
    ]) {
      const response = await context.get(path, { maxRedirects: 0 });
      const expected = !caller.role ? 307 : RANK[caller.role] >= RANK[needed] ? 200 : 404;
      expect(response.status(), `${caller.name} → ${path}`).toBe(expected);
    }
    for (const [path, needed] of [
      ...apis,
      [`/api${attendee}/personal-data`, "admin"] as [string, Role],
      [`/api${registration}/contact-data`, "admin"] as [string, Role],
    ]) {
      const response = await context.get(path);
      const expected = !caller.role ? 401 : RANK[caller.role] >= RANK[needed] ? 200 : 403;
      expect(response.status(), `${caller.name} → ${path}`).toBe(expected);
    }
    await context.dispose();
  });
}
