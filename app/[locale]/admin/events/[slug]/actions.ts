"use server";

// Entry points of the event's admin pages: parse the bound target, check the session, read and
// validate the form, call the service (which checks the admin role), then show the page again or
// the errors.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import { eventTarget, parseInput, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { removeStaffRole, setStaffRole } from "@/lib/admin/event-staff";
import { updateActivitySettings, updateEventSettings } from "@/lib/admin/update-event-settings";
import { updateEventPlace } from "@/lib/admin/update-event-place";
import { idParam, nextAttempt, questionKeyParam } from "@/lib/actions/action-input";
import type { Staff } from "@/lib/auth/staff-session";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  activitySettingsInput,
  eventPlaceInput,
  eventSettingsInput,
  newActivityInput,
} from "@/lib/validation/event-settings";
import { addActivity } from "@/lib/admin/add-activity";
import { updateEventThemes } from "@/lib/events/update-event-themes";
import { eventThemesInput, MAX_THEMES } from "@/lib/validation/event-themes";
import { updateProgramme } from "@/lib/events/update-programme";
import { MAX_PROGRAMME_ITEMS, NEW_PROGRAMME_ROWS, programmeInput } from "@/lib/validation/programme";
import { removeActivity } from "@/lib/admin/remove-activity";
import { addActivityQuestion } from "@/lib/admin/add-activity-question";
import { removeActivityQuestion } from "@/lib/admin/remove-activity-question";
import { updateActivityQuestion } from "@/lib/admin/update-activity-question";
import { activityQuestionInput } from "@/lib/validation/activity-question";
import { AppError, isAppError } from "@/lib/errors";
import { emailAddress } from "@/lib/validation/fields";
import type { FormInput } from "@/lib/validation/form-input";
import { z } from "zod";

export type EventTarget = { locale: AppLocale; slug: string };

type State = ActionState;

async function run<T extends EventTarget>(
  schema: z.ZodType<T>,
  rawTarget: unknown,
  previous: ActionState,
  form: FormData | undefined,
  work: (context: { target: T; staff: Staff; input: FormInput }) => Promise<void>,
  page: string,
): Promise<ActionState> {
  const result = await runAdminAction(schema, rawTarget, previous, form, work);
  if ("failed" in result) return result.failed;
  revalidatePath(`/[locale]/admin/events/[slug]/${page}`, "page");
  return { attempt: nextAttempt(previous), summary: [], fieldErrors: {}, saved: true };
}

const EVENT_SETTINGS_FIELDS = [
  "nameSv",
  "nameEn",
  "summarySv",
  "summaryEn",
  "descriptionSv",
  "descriptionEn",
  "registrationOpensAt",
  "registrationClosesAt",
  "changeDeadline",
  "status",
  "reminderDaysBefore",
] as const;

export async function saveEventSettings(
  target: EventTarget,
  previous: State,
  form: FormData,
): Promise<State> {
  return run(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const values = new Map(EVENT_SETTINGS_FIELDS.map((name) => [name, input.text(name)]));
      await updateEventSettings(
        staff,
        target.slug,
        parseInput(eventSettingsInput, Object.fromEntries(values)),
      );
    },
    "settings",
  );
}

const EVENT_PLACE_FIELDS = [
  "startsAt",
  "endsAt",
  "city",
  "venueName",
  "venueAddress",
  "hostOrganisationId",
  "contactEmail",
  "retainUntil",
] as const;

export async function saveEventPlace(target: EventTarget, previous: State, form: FormData): Promise<State> {
  return run(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const values = Object.fromEntries(EVENT_PLACE_FIELDS.map((name) => [name, input.text(name)]));
      await updateEventPlace(
        staff,
        target.slug,
        parseInput(eventPlaceInput, { ...values, notifyRegistered: input.checked("notifyRegistered") }),
      );
    },
    "settings",
  );
}

const activityTarget = eventTarget.extend({ activityId: idParam });

const ACTIVITY_TEXT_FIELDS = [
  "nameSv",
  "nameEn",
  "descriptionSv",
  "descriptionEn",
  "placeSv",
  "placeEn",
  "kind",
  "startsAt",
  "endsAt",
  "signupClosesAt",
  "capacity",
  "sortOrder",
] as const;

/** An activity's fields as a form posts them, under `prefix` (one form per activity on the page). */
function readActivityFields(input: FormInput, prefix: string) {
  return {
    ...Object.fromEntries(ACTIVITY_TEXT_FIELDS.map((name) => [name, input.text(`${prefix}${name}`)])),
    waitlistEnabled: input.checked(`${prefix}waitlistEnabled`),
    servesMeal: input.checked(`${prefix}servesMeal`),
    membersOnly: input.checked(`${prefix}membersOnly`),
  };
}

/** Runs `work`; the field issues it is refused with are renamed to the form's prefixed fields. */
async function withFieldPrefix(prefix: string, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    if (!isAppError(error) || error.fields.length === 0) throw error;
    throw new AppError(
      error.code,
      error.message,
      error.fields.map((issue) =>
        issue.field.startsWith(prefix) ? issue : { ...issue, field: `${prefix}${issue.field}` },
      ),
      error.params,
      error.messageKey,
    );
  }
}

/** Adds an activity; the page opens again with an empty form and the new activity in the list. */
export async function addActivityAction(
  target: EventTarget,
  previous: State,
  form: FormData,
): Promise<State> {
  const result = await runAdminAction(eventTarget, target, previous, form, async ({ target, staff, input }) =>
    withFieldPrefix("newActivity.", async () => {
      await addActivity(
        staff,
        target.slug,
        parseInput(newActivityInput, readActivityFields(input, "newActivity.")),
      );
    }),
  );
  if ("failed" in result) return result.failed;
  redirect(
    getPathname({
      href: `/admin/events/${result.target.slug}/settings?done=activity-added#activities-heading`,
      locale: result.target.locale,
    }),
  );
}

export async function saveActivitySettings(
  target: EventTarget & { activityId: string },
  previous: State,
  form: FormData,
): Promise<State> {
  return run(
    activityTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) =>
      // Field names carry the activity's id, so several activity forms on one page keep unique ids;
      // the issues are named the same way, so the error summary's links land on them.
      withFieldPrefix(`activities.${target.activityId}.`, async () => {
        const values = parseInput(activitySettingsInput, {
          ...readActivityFields(input, `activities.${target.activityId}.`),
          overrideCapacity: input.checked(`activities.${target.activityId}.overrideCapacity`),
        });
        await updateActivitySettings(staff, target.activityId, values);
      }),
    "settings",
  );
}

const staffRoleInput = z.object({
  email: emailAddress,
  role: z.enum(["admin", "staff", "viewer"], { error: "invalid" }),
});

export async function saveStaffRole(target: EventTarget, previous: State, form: FormData): Promise<State> {
  return run(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const values = parseInput(staffRoleInput, { email: input.text("email"), role: input.text("role") });
      await setStaffRole(staff, target.slug, values.email, values.role);
    },
    "staff",
  );
}

const staffMemberTarget = eventTarget.extend({ userId: z.string().min(1).max(100) });

export async function deleteStaffRole(
  target: EventTarget & { userId: string },
  previous: State,
): Promise<State> {
  return run(
    staffMemberTarget,
    target,
    previous,
    undefined,
    async ({ target, staff }) => removeStaffRole(staff, target.slug, target.userId),
    "staff",
  );
}

const removalConfirm = z.object({ confirm: z.literal(true, { error: "removeConfirmRequired" }) });

/** Removes an activity nobody signed up for, or cancels it and tells those who had a place. */
export async function removeActivityAction(
  target: EventTarget & { activityId: string },
  previous: State,
  form: FormData,
): Promise<State> {
  let done = "";
  const result = await runAdminAction(
    activityTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      parseInput(removalConfirm, { confirm: input.checked("confirm") });
      const removal = await removeActivity(staff, target.slug, target.activityId);
      done = removal.outcome === "deleted" ? "activity-deleted" : `activity-cancelled&told=${removal.told}`;
    },
  );
  if ("failed" in result) return result.failed;
  redirect(
    getPathname({
      href: `/admin/events/${result.target.slug}/settings?done=${done}#activities-heading`,
      locale: result.target.locale,
    }),
  );
}

/** Whose questions: an activity's, or (null) the meeting's own. */
const holderTarget = eventTarget.extend({ activityId: idParam.nullable() });
const questionTarget = holderTarget.extend({ key: questionKeyParam });

function toQuestions(target: EventTarget & { activityId: string | null }, query: string): never {
  const page = target.activityId ? `activities/${target.activityId}/questions` : "questions";
  redirect(
    getPathname({
      href: `/admin/events/${target.slug}/settings/${page}?${query}`,
      locale: target.locale,
    }),
  );
}

/** A question as its form posts it, adding or changing one. */
function readQuestion(input: FormInput) {
  return parseInput(activityQuestionInput, {
    ...Object.fromEntries(
      ["labelSv", "labelEn", "helpSv", "helpEn", "type", "options", "visibility", "keepDaysAfter"].map(
        (name) => [name, input.text(name)],
      ),
    ),
    required: input.checked("required"),
  });
}

/** Changes a question in place; the questions page opens again with a notice. */
export async function updateQuestionAction(
  target: EventTarget & { activityId: string | null; key: string },
  previous: State,
  form: FormData,
): Promise<State> {
  const result = await runAdminAction(
    questionTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      await updateActivityQuestion(staff, target.slug, target.activityId, target.key, readQuestion(input));
    },
  );
  if ("failed" in result) return result.failed;
  toQuestions(result.target, "done=changed");
}

/** Adds a question to an activity; the page opens again with an empty form and the question listed. */
export async function addQuestionAction(
  target: EventTarget & { activityId: string | null },
  previous: State,
  form: FormData,
): Promise<State> {
  const result = await runAdminAction(
    holderTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      await addActivityQuestion(staff, target.slug, target.activityId, readQuestion(input));
    },
  );
  if ("failed" in result) return result.failed;
  toQuestions(result.target, "done=added");
}

/** Stops asking a question; answers already given are kept until their time. */
export async function removeQuestionAction(
  target: EventTarget & { activityId: string | null; key: string },
  previous: State,
  form: FormData,
): Promise<State> {
  let kept = 0;
  const result = await runAdminAction(questionTarget, target, previous, form, async ({ target, staff }) => {
    ({ answersKept: kept } = await removeActivityQuestion(staff, target.slug, target.activityId, target.key));
  });
  if ("failed" in result) return result.failed;
  toQuestions(result.target, `done=removed&kept=${kept}`);
}

/** The meeting's themes: each posted row is `themes.<n>.<field>`; wholly empty rows are removed. */
export async function saveEventThemes(target: EventTarget, previous: State, form: FormData): Promise<State> {
  return run(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const rows = Array.from({ length: MAX_THEMES + 1 }, (_, index) => ({
        titleSv: input.text(`themes.${index}.titleSv`),
        titleEn: input.text(`themes.${index}.titleEn`),
        textSv: input.text(`themes.${index}.textSv`),
        textEn: input.text(`themes.${index}.textEn`),
      }));
      // The schema names a row by its position ("0.titleSv"); the form's fields are "themes.0.titleSv".
      await withFieldPrefix("themes.", () =>
        updateEventThemes(staff, target.slug, parseInput(eventThemesInput, rows)),
      );
    },
    "settings",
  );
}

const PROGRAMME_FIELDS = ["day", "startsAt", "endsAt", "titleSv", "titleEn", "speakers"] as const;

/** The meeting's programme points: each posted row is `programme.<n>.<field>`; emptied rows are removed. */
export async function saveProgramme(target: EventTarget, previous: State, form: FormData): Promise<State> {
  return run(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const rows = Array.from({ length: MAX_PROGRAMME_ITEMS + NEW_PROGRAMME_ROWS }, (_, index) =>
        Object.fromEntries(
          PROGRAMME_FIELDS.map((field) => [field, input.text(`programme.${index}.${field}`)]),
        ),
      );
      await withFieldPrefix("programme.", () =>
        updateProgramme(staff, target.slug, parseInput(programmeInput, rows)),
      );
    },
    "settings/programme",
  );
}
