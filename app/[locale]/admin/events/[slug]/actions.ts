"use server";

// Entry points of the event's admin pages: parse the bound target, check the session, read and
// validate the form, call the service (which checks the admin role), then show the page again or
// the errors.
import { revalidatePath } from "next/cache";
import { eventTarget, parseInput, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { removeStaffRole, setStaffRole } from "@/lib/admin/event-staff";
import { updateActivitySettings, updateEventSettings } from "@/lib/admin/update-event-settings";
import { updateEventPlace } from "@/lib/admin/update-event-place";
import { idParam, nextAttempt } from "@/lib/actions/action-input";
import type { Staff } from "@/lib/auth/staff-session";
import type { AppLocale } from "@/lib/i18n/routing";
import { activitySettingsInput, eventPlaceInput, eventSettingsInput } from "@/lib/validation/event-settings";
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
    async ({ target, staff, input }) => {
      // Field names carry the activity's id, so several activity forms on one page keep unique ids.
      const text = (name: string) => input.text(`activities.${target.activityId}.${name}`);
      const values = parseInput(activitySettingsInput, {
        nameSv: text("nameSv"),
        nameEn: text("nameEn"),
        placeSv: text("placeSv"),
        placeEn: text("placeEn"),
        startsAt: text("startsAt"),
        endsAt: text("endsAt"),
        signupClosesAt: text("signupClosesAt"),
        capacity: text("capacity"),
        waitlistEnabled: text("waitlistEnabled") === "yes",
        overrideCapacity: text("overrideCapacity") === "yes",
      });
      await updateActivitySettings(staff, target.activityId, values);
    },
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
