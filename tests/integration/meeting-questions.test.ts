// Questions the meeting asks of every attendee, whatever they choose: kept by its administrators
// as an activity's are, answered on the form and through the private link, read by the staff the
// question names, in the per-person export and the participant list, deleted after their days
// or with the person, and copied with the meeting.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addActivityQuestion } from "@/lib/admin/add-activity-question";
import { getActivityQuestions } from "@/lib/admin/get-activity-questions";
import { getParticipantDetail } from "@/lib/admin/get-participant-detail";
import { staffAccessToAttendee } from "@/lib/admin/staff-access-to-attendee";
import { removeActivityQuestion } from "@/lib/admin/remove-activity-question";
import { updateActivityQuestion } from "@/lib/admin/update-activity-question";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { buildExport } from "@/lib/exports/build-export";
import { erasePerson } from "@/lib/privacy/erase-person";
import { exportPerson } from "@/lib/privacy/export-person";
import { purgeExpiredAnswers } from "@/lib/privacy/purge-expired-answers";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { createRegistration } from "@/lib/registrations/create-registration";
import { activityQuestionInput } from "@/lib/validation/activity-question";
import { delegate, OPEN_NOW, registration, seededMeeting } from "./registration-fixtures";
import { errorCodeOf, outcomeOf, copyToAutumn, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let staff: { userId: string; email: string };
let travel: string;
let allergyNote: string;

const question = (overrides: Record<string, unknown>) =>
  activityQuestionInput.parse({
    labelSv: "Hur reser du till Luleå?",
    labelEn: "How do you travel to Luleå?",
    type: "single_choice",
    options: "Flyg | Plane\nTåg | Train\nBil | Car",
    required: true,
    visibility: "staff",
    keepDaysAfter: "",
    ...overrides,
  });

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "meeting-q-admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "meeting-q-staff@lulea.example.se", "staff");
  expect(await errorCodeOf(addActivityQuestion(staff, "lulea-2027", null, question({})))).toBe("forbidden");
  ({ key: travel } = await addActivityQuestion(admin, "lulea-2027", null, question({})));
  ({ key: allergyNote } = await addActivityQuestion(
    admin,
    "lulea-2027",
    null,
    question({
      labelSv: "Något mer vi behöver veta?",
      labelEn: "Anything else we should know?",
      type: "long_text",
      options: "",
      required: false,
      visibility: "admins",
      keepDaysAfter: "2",
    }),
  ));
});

const day1 = () => meeting.activity("day-1").id;
const answered = (answers: Record<string, string>, overrides: Record<string, unknown> = {}) =>
  delegate([day1()], { answers: { [meeting.event.id]: answers }, ...overrides });

describe("a question of the meeting", () => {
  it("is asked of every delegate, shown on the public event, and audited", async () => {
    const event = await getPublicEvent("lulea-2027");
    expect(event!.questions.map((asked) => asked.key)).toEqual([travel, allergyNote]);
    expect(
      await db.auditEntry.count({ where: { action: "event.question-added", entityId: meeting.event.id } }),
    ).toBe(2);
    const missing = await createRegistration(
      registration(meeting.members[0]!.id, [delegate([day1()])]),
      OPEN_NOW,
    ).catch((error: unknown) => error);
    expect(missing).toMatchObject({
      code: "validation",
      fields: [{ field: `delegates.0.answers.${meeting.event.id}.${travel}`, code: "required" }],
    });
    expect(
      await outcomeOf(
        createRegistration(
          registration(meeting.members[0]!.id, [answered({ [travel]: "option-9" })]),
          OPEN_NOW,
        ),
      ),
    ).toBe("invalid");
  });

  it("keeps only the answers asked for, on the attendee, and shows them to the staff the question names", async () => {
    const { summary } = await createRegistration(
      registration(meeting.members[1]!.id, [
        answered({ [travel]: "option-2", [allergyNote]: "Rullstol", smuggled: "x" }),
      ]),
      OPEN_NOW,
    );
    const attendeeId = summary.attendees[0]!.id;
    const stored = await db.attendee.findUniqueOrThrow({ where: { id: attendeeId } });
    expect(stored.answers).toEqual({ [travel]: "option-2", [allergyNote]: "Rullstol" });
    expect(summary.attendees[0]!.answers).toEqual(stored.answers);
    // Read by all staff, or by administrators only, as each question says.
    expect((await getParticipantDetail(staff, "lulea-2027", attendeeId)).attendee.answers).toEqual({
      [travel]: "option-2",
    });
    expect((await getParticipantDetail(admin, "lulea-2027", attendeeId)).attendee.answers).toEqual(
      stored.answers,
    );
    expect((await exportPerson(admin, "lulea-2027", attendeeId)).person.answers).toEqual(stored.answers);
    const counts = await getActivityQuestions(admin, "lulea-2027", null);
    expect(counts.questions.map((asked) => asked.answered)).toEqual([1, 1]);
  });

  it("is changed through the private link with the person's choices", async () => {
    const { summary } = await createRegistration(
      registration(meeting.members[2]!.id, [answered({ [travel]: "option-1" })]),
      OPEN_NOW,
    );
    const attendeeId = summary.attendees[0]!.id;
    const contact = { kind: "contact" as const, registrationId: summary.id, eventId: summary.eventId };
    const choices = (answers: Record<string, string>) => ({
      activityIds: [day1()],
      isVotingDelegate: false,
      answers: { [meeting.event.id]: answers },
    });
    expect(await outcomeOf(changeAttendeeSignups(contact, attendeeId, choices({}), OPEN_NOW))).toBe(
      "required",
    );
    await changeAttendeeSignups(contact, attendeeId, choices({ [travel]: "option-3" }), OPEN_NOW);
    expect((await db.attendee.findUniqueOrThrow({ where: { id: attendeeId } })).answers).toEqual({
      [travel]: "option-3",
    });
  });

  it("lets staff change choices unless the person holds an answer for administrators only", async () => {
    const register = async (answers: Record<string, string>) =>
      (await createRegistration(registration(meeting.members[4]!.id, [answered(answers)]), OPEN_NOW)).summary
        .attendees[0]!.id;
    const choices = (answers: Record<string, string>) => ({
      activityIds: [day1(), meeting.activity("dinner").id],
      isVotingDelegate: false,
      answers: { [meeting.event.id]: answers },
    });
    const open = await register({ [travel]: "option-1" });
    expect(
      await outcomeOf(
        changeAttendeeSignups(
          await staffAccessToAttendee(staff, open),
          open,
          choices({ [travel]: "option-1" }),
          OPEN_NOW,
        ),
      ),
    ).toBe("ok");
    expect((await getParticipantDetail(staff, "lulea-2027", open)).visitDetails).toBe(false);
    const private_ = await register({ [travel]: "option-1", [allergyNote]: "Hörselslinga" });
    expect((await getParticipantDetail(staff, "lulea-2027", private_)).visitDetails).toBe(true);
    expect(
      await outcomeOf(
        changeAttendeeSignups(
          await staffAccessToAttendee(staff, private_),
          private_,
          choices({ [travel]: "option-1" }),
          OPEN_NOW,
        ),
      ),
    ).toBe("forbidden");
  });

  it("appears in the participant list: the administrators-only answers for administrators alone", async () => {
    const columns = async (who: { userId: string; email: string }) =>
      (await buildExport(who, { slug: "lulea-2027", kind: "participants", format: "csv", locale: "sv" }))
        .columns;
    expect(await columns(admin)).toEqual(
      expect.arrayContaining(["Hur reser du till Luleå?", "Något mer vi behöver veta?"]),
    );
    const forStaff = await columns(staff);
    expect(forStaff).toContain("Hur reser du till Luleå?");
    expect(forStaff).not.toContain("Något mer vi behöver veta?");
  });

  it("once answered keeps its type; removed, its answers stay", async () => {
    expect(
      await outcomeOf(
        updateActivityQuestion(admin, "lulea-2027", null, travel, question({ type: "text", options: "" })),
      ),
    ).toBe("questionAnsweredType");
    expect(
      await outcomeOf(
        updateActivityQuestion(
          admin,
          "lulea-2027",
          null,
          travel,
          question({ labelSv: "Hur kommer du hit?" }),
        ),
      ),
    ).toBe("ok");
    const { answersKept } = await removeActivityQuestion(admin, "lulea-2027", null, travel);
    expect(answersKept).toBeGreaterThan(0);
    expect((await getPublicEvent("lulea-2027"))!.questions.map((asked) => asked.key)).toEqual([allergyNote]);
    expect(
      await db.attendee.count({
        where: { eventId: meeting.event.id, answers: { path: [travel], not: "null" } },
      }),
    ).toBeGreaterThan(0);
  });

  it("answers kept days after the meeting are gone after them, and go with the person erased", async () => {
    const ends = meeting.event.endsAt.getTime();
    const withNote = () =>
      db.attendee.count({
        where: { eventId: meeting.event.id, answers: { path: [allergyNote], not: "null" } },
      });
    expect(await withNote()).toBe(2);
    expect(await purgeExpiredAnswers(new Date(ends + 24 * 3600_000), "lulea-2027")).toBe(0);
    expect(await purgeExpiredAnswers(new Date(ends + 48 * 3600_000 + 1), "lulea-2027")).toBeGreaterThan(0);
    expect(await withNote()).toBe(0);
    expect(
      await db.auditEntry.count({ where: { action: "event.answers-purged", entityId: meeting.event.id } }),
    ).toBe(1);

    const { summary } = await createRegistration(
      registration(meeting.members[3]!.id, [answered({ [allergyNote]: "Inget" })]),
      OPEN_NOW,
    );
    await erasePerson(admin, "lulea-2027", summary.attendees[0]!.id);
    expect(
      (await db.attendee.findUniqueOrThrow({ where: { id: summary.attendees[0]!.id } })).answers,
    ).toEqual({});
  });

  it("is copied with the meeting, the removed ones left behind", async () => {
    const slug = await copyToAutumn("meeting-questions-autumn", meeting.members[1]!.id);
    const copied = await db.event.findUniqueOrThrow({ where: { slug } });
    expect((copied.questions as { key: string }[]).map((asked) => asked.key)).toEqual([allergyNote]);
  });
});
