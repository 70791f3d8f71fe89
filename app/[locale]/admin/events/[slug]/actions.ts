"use server";

// Entry points of the event's admin pages: read the form, validate, call the service (which
// checks the admin role), then show the page again or the errors.
import { revalidatePath } from "next/cache";
import { attemptAction, parseInput, type ActionState } from "@/components/admin/admin-action";
import { removeStaffRole, setStaffRole } from "@/lib/admin/event-staff";
import { updateActivitySettings, updateEventSettings } from "@/lib/admin/update-event-settings";
import { getStaff } from "@/lib/auth/staff-session";
import type { AppLocale } from "@/lib/i18n/routing";
import { activitySettingsInput, eventSettingsInput } from "@/lib/validation/event-settings";
import { emailAddress } from "@/lib/validation/fields";
import { z } from "zod";

export type EventTarget = { locale: AppLocale; slug: string };

type State = ActionState;

async function run(
  target: EventTarget,
  previous: ActionState,
  work: () => Promise<void>,
  page: string,
): Promise<ActionState> {
  const failed = await attemptAction(target.locale, previous, work);
  if (failed) return failed;
  revalidatePath(`/[locale]/admin/events/[slug]/${page}`, "page");
  return { attempt: previous.attempt + 1, summary: [], fieldErrors: {}, saved: true };
}

const parse = parseInput;

export async function saveEventSettings(
  target: EventTarget,
  previous: State,
  form: FormData,
): Promise<State> {
  return run(
    target,
    previous,
    async () => {
      const input = parse(eventSettingsInput, Object.fromEntries(form));
      await updateEventSettings(await getStaff(), target.slug, input);
    },
    "settings",
  );
}

export async function saveActivitySettings(
  target: EventTarget & { activityId: string },
  previous: State,
  form: FormData,
): Promise<State> {
  return run(
    target,
    previous,
    async () => {
      // Field names carry the activity's id, so several activity forms on one page keep unique ids.
      const field = (name: string) => form.get(`activities.${target.activityId}.${name}`);
      const text = (name: string) => String(field(name) ?? "");
      const input = parse(activitySettingsInput, {
        nameSv: text("nameSv"),
        nameEn: text("nameEn"),
        placeSv: text("placeSv"),
        placeEn: text("placeEn"),
        startsAt: text("startsAt"),
        endsAt: text("endsAt"),
        signupClosesAt: text("signupClosesAt"),
        capacity: String(field("capacity") ?? ""),
        waitlistEnabled: field("waitlistEnabled") === "yes",
        overrideCapacity: field("overrideCapacity") === "yes",
      });
      await updateActivitySettings(await getStaff(), target.activityId, input);
    },
    "settings",
  );
}

export async function saveStaffRole(target: EventTarget, previous: State, form: FormData): Promise<State> {
  return run(
    target,
    previous,
    async () => {
      const input = parse(
        z.object({ email: emailAddress, role: z.enum(["admin", "staff", "viewer"], { error: "invalid" }) }),
        Object.fromEntries(form),
      );
      await setStaffRole(await getStaff(), target.slug, input.email, input.role);
    },
    "staff",
  );
}

export async function deleteStaffRole(
  target: EventTarget & { userId: string },
  previous: State,
): Promise<State> {
  return run(
    target,
    previous,
    async () => removeStaffRole(await getStaff(), target.slug, target.userId),
    "staff",
  );
}
