"use server";

// Staff actions on one attendee: the same validation and services as the private links, with the
// staff member as actor; every service checks the role itself.
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AttendeeFormMode, AttendeeValues } from "@/lib/actions/attendee-values";
import { parseInput } from "@/lib/actions/admin-action";
import { runFormAction } from "@/lib/actions/form-action";
import type { StepState } from "@/lib/actions/form-state";
import { readAttendeeForm } from "@/lib/actions/read-attendee-form";
import { promoteSignup } from "@/lib/admin/promote-signup";
import { resendConfirmation } from "@/lib/admin/resend-confirmation";
import { staffAccessToAttendee } from "@/lib/admin/staff-access-to-attendee";
import { getStaff } from "@/lib/auth/staff-session";
import { AppError } from "@/lib/errors";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { idParam, localeParam, nextAttempt, parseTarget, slugParam } from "@/lib/actions/action-input";
import { cancelAttendee } from "@/lib/registrations/cancel-attendee";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { updateAttendeeDetails } from "@/lib/registrations/update-attendee-details";
import { attendeeChoicesUpdate, attendeeDetailsUpdate } from "@/lib/validation/manage";

export type StaffTarget = { locale: AppLocale; slug: string; attendeeId: string };

const staffTarget = z.object({ locale: localeParam, slug: slugParam, attendeeId: idParam });
const staffMode = z.enum(["details", "choices"]);

function backToDetail(target: StaffTarget, notice: string): never {
  redirect(
    getPathname({
      href: `/admin/events/${target.slug}/participants/${target.attendeeId}?done=${notice}`,
      locale: target.locale,
    }),
  );
}

export async function saveStaffAttendee(
  rawTarget: StaffTarget,
  rawMode: Exclude<AttendeeFormMode, "add">,
  previous: StepState<AttendeeValues>,
  form: FormData,
): Promise<StepState<AttendeeValues>> {
  const outcome = await runFormAction({
    target: staffTarget,
    rawTarget,
    previous,
    form,
    // The session and the role come first; only then is the form read.
    authorise: async (target) => staffAccessToAttendee(await getStaff(), target.attendeeId),
    read: readAttendeeForm,
    context: async (target) => ({ event: await getPublicEvent(target.slug) }),
    work: async ({ target, access, values }) => {
      if (parseTarget(staffMode, rawMode) === "details")
        await updateAttendeeDetails(access, target.attendeeId, parseInput(attendeeDetailsUpdate, values));
      else await changeAttendeeSignups(access, target.attendeeId, parseInput(attendeeChoicesUpdate, values));
    },
  });
  if (!outcome.ok) return outcome.state;
  backToDetail(outcome.target, "saved");
}

export async function promoteStaffSignup(
  rawTarget: StaffTarget,
  previous: StepState<null>,
  form: FormData,
): Promise<StepState<null>> {
  const outcome = await runFormAction({
    target: staffTarget,
    rawTarget,
    previous,
    form,
    authorise: () => getStaff(),
    work: async ({ access: staff, input }) => {
      const signupId = idParam.safeParse(input.text("signupId"));
      if (!signupId.success) throw new AppError("not_found", "unknown signup");
      await promoteSignup(staff, signupId.data, input.checked("override"));
    },
  });
  if (!outcome.ok) return outcome.state;
  backToDetail(outcome.target, "promoted");
}

export async function cancelStaffAttendee(
  rawTarget: StaffTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  const outcome = await runFormAction({
    target: staffTarget,
    rawTarget,
    previous,
    authorise: async (target) => staffAccessToAttendee(await getStaff(), target.attendeeId),
    work: ({ target, access }) => cancelAttendee(access, target.attendeeId),
  });
  if (!outcome.ok) return outcome.state;
  backToDetail(outcome.target, "saved");
}

export async function resendStaffConfirmation(
  rawTarget: StaffTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  const outcome = await runFormAction({
    target: staffTarget,
    rawTarget,
    previous,
    authorise: () => getStaff(),
    work: ({ target, access: staff }) => resendConfirmation(staff, target.attendeeId),
  });
  if (!outcome.ok) return outcome.state;
  return { attempt: nextAttempt(previous), summary: [], fieldErrors: {}, saved: true };
}
