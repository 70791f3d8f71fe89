"use server";

// Staff actions on one attendee: the same validation and services as the private links, with the
// staff member as actor; every service checks the role itself.
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AttendeeFormMode, AttendeeValues } from "@/lib/actions/attendee-values";
import { fieldFailure, formFailure } from "@/lib/actions/form-failures";
import type { StepState } from "@/lib/actions/form-state";
import { readAttendeeForm } from "@/lib/actions/read-attendee-form";
import { promoteSignup } from "@/lib/admin/promote-signup";
import { resendConfirmation } from "@/lib/admin/resend-confirmation";
import { staffAccessToAttendee } from "@/lib/admin/staff-access-to-attendee";
import { getStaff } from "@/lib/auth/staff-session";
import { AppError, isAppError } from "@/lib/errors";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  idParam,
  localeParam,
  nextAttempt,
  parseTarget,
  slugParam,
  targetLocale,
} from "@/lib/actions/action-input";
import { FormInput } from "@/lib/validation/form-input";
import { cancelAttendee } from "@/lib/registrations/cancel-attendee";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { updateAttendeeDetails } from "@/lib/registrations/update-attendee-details";
import { toFieldIssues } from "@/lib/validation/field-errors";
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
  let target: StaffTarget;
  let values: AttendeeValues | undefined;
  try {
    target = parseTarget(staffTarget, rawTarget);
  } catch (error) {
    return formFailure(targetLocale(rawTarget), previous, undefined, error);
  }
  try {
    const mode = parseTarget(staffMode, rawMode);
    // The session and the role come first; only then is the form read.
    const access = await staffAccessToAttendee(await getStaff(), target.attendeeId);
    values = readAttendeeForm(new FormInput(form));
    const schema = mode === "details" ? attendeeDetailsUpdate : attendeeChoicesUpdate;
    const parsed = schema.safeParse(values);
    if (!parsed.success) throw new AppError("validation", "invalid", toFieldIssues(parsed.error));
    if (mode === "details")
      await updateAttendeeDetails(
        access,
        target.attendeeId,
        parsed.data as z.infer<typeof attendeeDetailsUpdate>,
      );
    else
      await changeAttendeeSignups(
        access,
        target.attendeeId,
        parsed.data as z.infer<typeof attendeeChoicesUpdate>,
      );
  } catch (error) {
    if (isAppError(error) && error.fields.length > 0 && values) {
      return fieldFailure({
        locale: target.locale,
        event: await getPublicEvent(target.slug),
        previous,
        values,
        issues: error.fields,
        delegateNames: [],
      });
    }
    return formFailure(target.locale, previous, values, error);
  }
  backToDetail(target, "saved");
}

export async function promoteStaffSignup(
  rawTarget: StaffTarget,
  previous: StepState<null>,
  form: FormData,
): Promise<StepState<null>> {
  let target: StaffTarget;
  try {
    target = parseTarget(staffTarget, rawTarget);
    const staff = await getStaff();
    const input = new FormInput(form);
    const signupId = idParam.safeParse(input.text("signupId"));
    if (!signupId.success) throw new AppError("not_found", "unknown signup");
    await promoteSignup(staff, signupId.data, input.checked("override"));
  } catch (error) {
    return formFailure(targetLocale(rawTarget), previous, null, error);
  }
  backToDetail(target, "promoted");
}

export async function cancelStaffAttendee(
  rawTarget: StaffTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  let target: StaffTarget;
  try {
    target = parseTarget(staffTarget, rawTarget);
    await cancelAttendee(await staffAccessToAttendee(await getStaff(), target.attendeeId), target.attendeeId);
  } catch (error) {
    return formFailure(targetLocale(rawTarget), previous, null, error);
  }
  backToDetail(target, "saved");
}

export async function resendStaffConfirmation(
  rawTarget: StaffTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  try {
    const target = parseTarget(staffTarget, rawTarget);
    await resendConfirmation(await getStaff(), target.attendeeId);
  } catch (error) {
    return formFailure(targetLocale(rawTarget), previous, null, error);
  }
  return { attempt: nextAttempt(previous), summary: [], fieldErrors: {}, saved: true };
}
