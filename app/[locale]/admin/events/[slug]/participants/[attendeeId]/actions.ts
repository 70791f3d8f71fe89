"use server";

// Staff actions on one attendee: the same validation and services as the private links, with the
// staff member as actor; every service checks the role itself.
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { AttendeeFormMode, AttendeeValues } from "@/components/manage/attendee-values";
import { fieldFailure, formFailure } from "@/components/registration/form-failures";
import type { StepState } from "@/components/registration/form-state";
import { readAttendeeForm } from "@/components/manage/read-attendee-form";
import { promoteSignup } from "@/lib/admin/promote-signup";
import { resendConfirmation } from "@/lib/admin/resend-confirmation";
import { staffAccessToAttendee } from "@/lib/admin/staff-access";
import { getStaff } from "@/lib/auth/staff-session";
import { AppError, isAppError } from "@/lib/errors";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { cancelAttendee } from "@/lib/registrations/cancel-attendee";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { updateAttendeeDetails } from "@/lib/registrations/update-attendee-details";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { attendeeChoicesUpdate, attendeeDetailsUpdate } from "@/lib/validation/manage";

export type StaffTarget = { locale: AppLocale; slug: string; attendeeId: string };

function backToDetail(target: StaffTarget, notice: string): never {
  redirect(
    getPathname({
      href: `/admin/events/${target.slug}/participants/${target.attendeeId}?done=${notice}`,
      locale: target.locale,
    }),
  );
}

export async function saveStaffAttendee(
  target: StaffTarget,
  mode: Exclude<AttendeeFormMode, "add">,
  previous: StepState<AttendeeValues>,
  form: FormData,
): Promise<StepState<AttendeeValues>> {
  const values = readAttendeeForm(form);
  const schema = mode === "details" ? attendeeDetailsUpdate : attendeeChoicesUpdate;
  const parsed = schema.safeParse(values);
  try {
    if (!parsed.success) throw new AppError("validation", "invalid", toFieldIssues(parsed.error));
    const access = await staffAccessToAttendee(await getStaff(), target.attendeeId);
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
    if (isAppError(error) && error.fields.length > 0) {
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
  target: StaffTarget,
  previous: StepState<null>,
  form: FormData,
): Promise<StepState<null>> {
  try {
    await promoteSignup(await getStaff(), String(form.get("signupId") ?? ""), form.get("override") === "yes");
  } catch (error) {
    return formFailure(target.locale, previous, null, error);
  }
  backToDetail(target, "promoted");
}

export async function cancelStaffAttendee(
  target: StaffTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  try {
    await cancelAttendee(await staffAccessToAttendee(await getStaff(), target.attendeeId), target.attendeeId);
  } catch (error) {
    return formFailure(target.locale, previous, null, error);
  }
  backToDetail(target, "saved");
}

export async function resendStaffConfirmation(
  target: StaffTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  try {
    await resendConfirmation(await getStaff(), target.attendeeId);
  } catch (error) {
    return formFailure(target.locale, previous, null, error);
  }
  return { attempt: previous.attempt + 1, summary: [], fieldErrors: {}, saved: true };
}
