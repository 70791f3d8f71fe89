// Typed questions per activity, kept as data: the form checks answers by type, staff read only
// what the question lets them, a removed question keeps its answers, and answers kept for some
// days after the activity are gone from the database after their day.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addActivityQuestion } from "@/lib/admin/add-activity-question";
import { removeActivityQuestion } from "@/lib/admin/remove-activity-question";
import { updateActivityQuestion } from "@/lib/admin/update-activity-question";
import { getParticipantDetail } from "@/lib/admin/get-participant-detail";
import { createRegistration } from "@/lib/registrations/create-registration";
import { answerIssue, activityQuestion, parseQuestions } from "@/lib/registrations/activity-questions";
import { purgeExpiredAnswers } from "@/lib/privacy/purge-expired-answers";
import { activityQuestionInput } from "@/lib/validation/activity-question";
import { delegate, HYBRIT_ANSWERS, OPEN_NOW, registration, seededMeeting } from "./registration-fixtures";
import { errorCodeOf, outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let staff: { userId: string; email: string };

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "questions-admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "questions-staff@lulea.example.se", "staff");
});

const question = (overrides: Record<string, unknown> = {}) =>
  activityQuestionInput.parse({
    labelSv: "Vill du åka buss?",
    labelEn: "Will you take the bus?",
    helpSv: "",
    helpEn: "",
    type: "yes_no",
    options: "",
    required: true,
    visibility: "staff",
    keepDaysAfter: "",
    ...overrides,
  });

describe("answers are checked by the question's type", () => {
  it("for every type", () => {
    const of = (type: string, extra: Record<string, unknown> = {}) =>
      activityQuestion.parse({ key: "q", type, labelSv: "F", labelEn: "Q", required: false, ...extra });
    const choices = {
      options: [
        { value: "a", labelSv: "A", labelEn: "A" },
        { value: "b", labelSv: "B", labelEn: "B" },
      ],
    };
    expect(answerIssue(of("date"), "2027-02-30")).toBe("invalidDate");
    expect(answerIssue(of("date"), "1970-05-04")).toBeNull();
    expect(answerIssue(of("number"), "fyrtiotvå")).toBe("invalidNumber");
    expect(answerIssue(of("number"), "42,5")).toBeNull();
    expect(answerIssue(of("yes_no"), "kanske")).toBe("invalid");
    expect(answerIssue(of("single_choice", choices), "c")).toBe("invalid");
    expect(answerIssue(of("multiple_choice", choices), "a\nb")).toBeNull();
    expect(answerIssue(of("multiple_choice", choices), "a\nz")).toBe("invalid");
    expect(answerIssue(of("text"), "x".repeat(201))).toBe("tooLong");
    expect(answerIssue(of("long_text"), "x".repeat(1500))).toBeNull();
    expect(answerIssue(of("text", { required: true }), "  ")).toBe("required");
  });

  it("in the form's schema: choices need two options, other types none", () => {
    expect(
      activityQuestionInput.safeParse({ ...question(), type: "single_choice", options: "Bara en" }).success,
    ).toBe(false);
    const parsed = question({ type: "multiple_choice", options: "Buss | Bus\nBil | Car\nTåg" });
    expect(parsed.options).toEqual([
      { value: "option-1", labelSv: "Buss", labelEn: "Bus" },
      { value: "option-2", labelSv: "Bil", labelEn: "Car" },
      { value: "option-3", labelSv: "Tåg", labelEn: "Tåg" },
    ]);
    expect(activityQuestionInput.safeParse({ ...question(), type: "text", options: "A\nB" }).success).toBe(
      false,
    );
  });
});

describe("a question added to an activity", () => {
  it("is asked from then on, its answers checked and read by the staff it names", async () => {
    const dinner = meeting.activity("dinner");
    expect(await errorCodeOf(addActivityQuestion(staff, "lulea-2027", dinner.id, question()))).toBe(
      "forbidden",
    );
    const { key } = await addActivityQuestion(admin, "lulea-2027", dinner.id, question());
    expect(key).toBe("villDuAkaBuss");
    const missing = await outcomeOf(
      createRegistration(registration(meeting.members[0]!.id, [delegate([dinner.id])]), OPEN_NOW),
    );
    expect(missing).toBe("required");
    const wrong = await outcomeOf(
      createRegistration(
        registration(meeting.members[0]!.id, [
          delegate([dinner.id], { answers: { [dinner.id]: { [key]: "kanske" } } }),
        ]),
        OPEN_NOW,
      ),
    );
    expect(wrong).toBe("invalid");
    const { summary } = await createRegistration(
      registration(meeting.members[0]!.id, [
        delegate([dinner.id], { answers: { [dinner.id]: { [key]: "yes" } } }),
      ]),
      OPEN_NOW,
    );
    const attendeeId = summary.attendees[0]!.id;
    // All staff may read this answer; the visit's details stay with administrators.
    const seen = await getParticipantDetail(staff, "lulea-2027", attendeeId);
    expect(seen.attendee.signups.find((signup) => signup.activityId === dinner.id)!.answers).toEqual({
      [key]: "yes",
    });
  });

  it("keeps its answers when it is removed, and goes altogether when nobody answered", async () => {
    const dinner = meeting.activity("dinner");
    const unanswered = await addActivityQuestion(
      admin,
      "lulea-2027",
      dinner.id,
      question({ labelSv: "Allergi mot skaldjur?", labelEn: "Shellfish allergy?", required: false }),
    );
    expect(await removeActivityQuestion(admin, "lulea-2027", dinner.id, unanswered.key)).toEqual({
      answersKept: 0,
    });
    const answered = parseQuestions(
      (await db.activity.findUniqueOrThrow({ where: { id: dinner.id } })).questions,
    ).find((candidate) => candidate.labelSv === "Vill du åka buss?")!;
    const { answersKept } = await removeActivityQuestion(admin, "lulea-2027", dinner.id, answered.key);
    expect(answersKept).toBeGreaterThan(0);
    const after = parseQuestions(
      (await db.activity.findUniqueOrThrow({ where: { id: dinner.id } })).questions,
    );
    expect(after.map((candidate) => candidate.key)).not.toContain(unanswered.key);
    expect(after.find((candidate) => candidate.key === answered.key)).toMatchObject({ removed: true });
    // No longer asked: a registration without the answer goes through.
    expect(
      await outcomeOf(
        createRegistration(registration(meeting.members[1]!.id, [delegate([dinner.id])]), OPEN_NOW),
      ),
    ).toBe("ok");
    const signups = await db.signup.findMany({ where: { activityId: dinner.id } });
    expect(signups.some((signup) => (signup.answers as Record<string, string>)[answered.key] === "yes")).toBe(
      true,
    );
  });
});

describe("a question changed in place", () => {
  it("changes its wording, rules and retention; once answered, never what its answers mean", async () => {
    const day2 = meeting.activity("day-2");
    const choices = question({
      type: "single_choice",
      options: "Buss | Bus\nBil | Car\nTåg | Train",
      labelSv: "Hur reser du?",
    });
    const { key } = await addActivityQuestion(admin, "lulea-2027", day2.id, choices);
    const change = (overrides: Record<string, unknown>) =>
      updateActivityQuestion(admin, "lulea-2027", day2.id, key, {
        ...choices,
        ...question({
          type: "single_choice",
          options: "Buss | Bus\nBil | Car\nTåg | Train",
          labelSv: "Hur reser du?",
          ...overrides,
        }),
      });
    expect(await errorCodeOf(updateActivityQuestion(staff, "lulea-2027", day2.id, key, choices))).toBe(
      "forbidden",
    );
    // Nobody answered: anything may change, the type too.
    expect(await outcomeOf(change({ type: "text", options: "" }))).toBe("ok");
    expect(await outcomeOf(change({}))).toBe("ok");

    await createRegistration(
      registration(meeting.members[3]!.id, [
        delegate([day2.id], { answers: { [day2.id]: { [key]: "option-2" } } }),
      ]),
      OPEN_NOW,
    );
    expect(await outcomeOf(change({ type: "text", options: "" }))).toBe("questionAnsweredType");
    expect(await outcomeOf(change({ options: "Buss | Bus\nBil | Car" }))).toBe("questionAnsweredOptions");
    const { changed } = await change({
      labelSv: "Hur tar du dig hit?",
      options: "Buss | Bus\nEgen bil | Own car\nTåg | Train\nFlyg | Plane",
      visibility: "admins",
      keepDaysAfter: "3",
      required: false,
    });
    expect(changed).toEqual(["labelSv", "options", "required", "visibility", "keepDaysAfter"]);
    const stored = parseQuestions(
      (await db.activity.findUniqueOrThrow({ where: { id: day2.id } })).questions,
    ).find((candidate) => candidate.key === key)!;
    expect(stored).toMatchObject({
      labelSv: "Hur tar du dig hit?",
      visibility: "admins",
      keepDaysAfter: 3,
      removed: false,
    });
    // The answer is kept and reads as the reworded choice it always was.
    const signup = await db.signup.findFirstOrThrow({
      where: { activityId: day2.id, answers: { path: [key], equals: "option-2" } },
    });
    expect(
      stored.options.find((option) => option.value === (signup.answers as Record<string, string>)[key])
        ?.labelSv,
    ).toBe("Egen bil");
    expect(
      await db.auditEntry.count({ where: { action: "activity.question-changed", entityId: day2.id } }),
    ).toBe(3);
  });
});

describe("answers kept for some days after the activity", () => {
  it("are gone from the database after their day, and the others stay", async () => {
    const hybrit = meeting.activity("hybrit");
    const dinner = meeting.activity("dinner");
    await createRegistration(
      registration(meeting.members[2]!.id, [
        delegate([hybrit.id, dinner.id], { answers: { [hybrit.id]: HYBRIT_ANSWERS } }),
      ]),
      OPEN_NOW,
    );
    const visitEnds = hybrit.endsAt.getTime();
    const answersOf = async () =>
      (await db.signup.findMany({ where: { activityId: hybrit.id } })).map((signup) => signup.answers);
    // The evening of the visit: still there.
    expect(await purgeExpiredAnswers(new Date(visitEnds + 8 * 3600_000))).toBe(0);
    expect(await answersOf()).toContainEqual(HYBRIT_ANSWERS);
    // A day after: gone, every key, and audited.
    expect(await purgeExpiredAnswers(new Date(visitEnds + 24 * 3600_000 + 1))).toBeGreaterThan(0);
    for (const answers of await answersOf()) expect(answers).toEqual({});
    expect(
      await db.auditEntry.count({ where: { action: "activity.answers-purged", entityId: hybrit.id } }),
    ).toBe(1);
    // Run again: nothing left to do.
    expect(await purgeExpiredAnswers(new Date(visitEnds + 48 * 3600_000))).toBe(0);
  });
});
