// Every new action of the meeting cycle for every kind of caller: no session, viewer, staff, an
// event's administrator and an association administrator. Below the needed role a call is
// refused ("unauthorized" without a session, "forbidden" with one) and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Staff } from "@/lib/auth/staff-session";
import { approveRegistration } from "@/lib/registrations/approve-registration";
import { createRegistration } from "@/lib/registrations/create-registration";
import { listPendingRegistrations } from "@/lib/registrations/list-pending-registrations";
import { sendInvitations } from "@/lib/invitations/send-invitations";
import { remindUnregisteredMembers } from "@/lib/invitations/remind-unregistered-members";
import { getInvitationOverview } from "@/lib/invitations/get-invitation-overview";
import { addMemberContact } from "@/lib/organisations/add-member-contact";
import { removeMemberContact } from "@/lib/organisations/remove-member-contact";
import { updateProgramme } from "@/lib/events/update-programme";
import { addActivityQuestion } from "@/lib/admin/add-activity-question";
import { updateActivityQuestion } from "@/lib/admin/update-activity-question";
import { programmeInput } from "@/lib/validation/programme";
import { activityQuestionInput } from "@/lib/validation/activity-question";
import { delegate, OPEN_NOW, registration, rowCounts, seededMeeting } from "./registration-fixtures";
import { errorCodeOf, staffMember } from "./staff-fixtures";

const RANK = { viewer: 1, staff: 2, admin: 3, association: 4 } as const;
type Role = keyof typeof RANK;

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
const callers: { name: string; role: Role | null; staff: Staff | null }[] = [];

beforeAll(async () => {
  meeting = await seededMeeting();
  callers.push({ name: "no session", role: null, staff: null });
  for (const role of ["viewer", "staff", "admin"] as const) {
    callers.push({
      name: role,
      role,
      staff: await staffMember(meeting.event.id, `${role}@matrix.example.se`, role),
    });
  }
  const user = await db.user.create({
    data: { email: "association@matrix.example.se", associationRole: "admin" },
  });
  callers.push({
    name: "association admin",
    role: "association",
    staff: { userId: user.id, email: user.email },
  });
});

/** A pending registration for each attempt, so an allowed approval has something to approve. */
async function pendingRegistration() {
  const { invitationToken: _token, ...input } = registration(meeting.members[1]!.id, [
    delegate([meeting.activity("day-1").id]),
  ]);
  return (await createRegistration(input, OPEN_NOW)).summary.id;
}

const member = () => meeting.members[2]!.id;

type Action = {
  name: string;
  needed: Role;
  /** Makes what the action works on; not part of what a refusal must leave unchanged. */
  prepare?: () => Promise<string>;
  act: (staff: Staff | null, prepared: string) => Promise<unknown>;
};

const bus = (labelSv: string) =>
  activityQuestionInput.parse({
    labelSv,
    labelEn: "Bus?",
    type: "yes_no",
    required: false,
    visibility: "staff",
    keepDaysAfter: "",
  });

const actions: Action[] = [
  {
    name: "change the times and speakers",
    needed: "admin",
    act: (staff) =>
      updateProgramme(
        staff,
        "lulea-2027",
        programmeInput.parse([
          {
            day: "2027-04-25",
            startsAt: "09:00",
            endsAt: "",
            titleSv: "Kaffe",
            titleEn: "Coffee",
            speakers: "",
          },
        ]),
      ),
  },
  {
    name: "ask every attendee a question",
    needed: "admin",
    act: (staff) => addActivityQuestion(staff, "lulea-2027", null, bus(`Buss ${Math.random()}?`)),
  },
  {
    name: "change a question in place",
    needed: "admin",
    prepare: async () =>
      (
        await addActivityQuestion(
          callers.at(-1)!.staff,
          "lulea-2027",
          meeting.activity("dinner").id,
          bus("Buss?"),
        )
      ).key,
    act: (staff, key) =>
      updateActivityQuestion(staff, "lulea-2027", meeting.activity("dinner").id, key, bus("Åker du buss?")),
  },
  {
    name: "list pending registrations",
    needed: "viewer",
    act: (staff) => listPendingRegistrations(staff, "lulea-2027"),
  },
  { name: "see invitations", needed: "viewer", act: (staff) => getInvitationOverview(staff, "lulea-2027") },
  {
    name: "remind members not registered",
    needed: "staff",
    act: (staff) => remindUnregisteredMembers(staff, "lulea-2027", OPEN_NOW),
  },
  { name: "send invitations", needed: "admin", act: (staff) => sendInvitations(staff, "lulea-2027") },
  {
    name: "approve a registration",
    needed: "admin",
    prepare: pendingRegistration,
    act: (staff, id) => approveRegistration(staff, "lulea-2027", id),
  },
  {
    name: "add a member contact",
    needed: "association",
    act: (staff) =>
      addMemberContact(staff, member(), { name: "Kim", email: `kim-${Date.now()}@k.se`, locale: "sv" }),
  },
  {
    name: "remove a member contact",
    needed: "association",
    prepare: async () =>
      (
        await db.memberContact.create({
          data: { organisationId: member(), name: "Tove", email: `tove-${Math.random()}@k.se` },
        })
      ).id,
    act: (staff, id) => removeMemberContact(staff, member(), id),
  },
];

async function snapshot() {
  const [rows, contacts, invitations, approved, programme, activities, meetings] = await Promise.all([
    rowCounts(),
    db.memberContact.count(),
    db.invitation.count(),
    db.registration.count({ where: { approval: "approved" } }),
    db.programmeItem.findMany({ orderBy: { id: "asc" } }),
    db.activity.findMany({ orderBy: { id: "asc" }, select: { questions: true } }),
    db.event.findMany({ orderBy: { id: "asc" }, select: { questions: true } }),
  ]);
  return { ...rows, contacts, invitations, approved, programme, activities, meetings };
}

describe.each(actions)("$name (needs $needed)", ({ needed, prepare, act }) => {
  it("is allowed from the role needed and refused below it, without a change", async () => {
    for (const caller of callers) {
      const prepared = prepare ? await prepare() : "";
      const allowed = caller.role !== null && RANK[caller.role] >= RANK[needed];
      if (allowed) {
        expect(await errorCodeOf(act(caller.staff, prepared)), caller.name).toBe("ok");
        continue;
      }
      const before = await snapshot();
      expect(await errorCodeOf(act(caller.staff, prepared)), caller.name).toBe(
        caller.role === null ? "unauthorized" : "forbidden",
      );
      expect(await snapshot(), caller.name).toEqual(before);
    }
  });
});
