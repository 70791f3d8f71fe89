"use server";

// Entry points of the private-link pages: read the form, validate with the shared schemas, then
// call the service, which checks what the link may do. Errors go back to the form.
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { AttendeeFormMode, AttendeeValues } from "@/components/manage/attendee-values";
import { readAttendeeForm } from "@/components/manage/read-attendee-form";
import { fieldFailure, formFailure } from "@/components/registration/form-failures";
import type { StepState } from "@/components/registration/form-state";
import { AppError, isAppError } from "@/lib/errors";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { addAttendee } from "@/lib/registrations/add-attendee";
import { cancelAttendee, cancelRegistration } from "@/lib/registrations/cancel-attendee";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { resolveManageTokenFrom } from "@/lib/registrations/manage-access";
import { clientAddress } from "@/lib/http/client-address";
import { headers } from "next/headers";
import { updateAttendeeDetails } from "@/lib/registrations/update-attendee-details";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { attendeeChoicesUpdate, attendeeDetailsUpdate, newAttendee } from "@/lib/validation/manage";

export type ManageTarget = { locale: AppLocale; token: string; eventSlug: string; attendeeId?: string };

function backToOverview(target: ManageTarget): never {
  redirect(getPathname({ href: `/manage/${target.token}?saved=1`, locale: target.locale }));
}

const schemas: Record<AttendeeFormMode, z.ZodType> = {
  details: attendeeDetailsUpdate,
  choices: attendeeChoicesUpdate,
  add: newAttendee,
};

export async function saveAttendee(
  target: ManageTarget,
  mode: AttendeeFormMode,
  previous: StepState<AttendeeValues>,
  form: FormData,
): Promise<StepState<AttendeeValues>> {
  const values = readAttendeeForm(form);
  const fail = async (error: unknown) =>
    isAppError(error) && error.fields.length > 0
      ? fieldFailure({
          locale: target.locale,
          event: await getPublicEvent(target.eventSlug),
          previous,
          values,
          issues: error.fields,
          delegateNames: [],
        })
      : formFailure(target.locale, previous, values, error);

  const parsed = schemas[mode].safeParse(values);
  if (!parsed.success) return fail(new AppError("validation", "invalid", toFieldIssues(parsed.error)));
  try {
    const access = await resolveManageTokenFrom(target.token, clientAddress(await headers()));
    if (!access) throw new AppError("not_found", "unknown link");
    if (mode === "details")
      await updateAttendeeDetails(
        access,
        target.attendeeId ?? "",
        parsed.data as z.infer<typeof attendeeDetailsUpdate>,
      );
    if (mode === "choices")
      await changeAttendeeSignups(
        access,
        target.attendeeId ?? "",
        parsed.data as z.infer<typeof attendeeChoicesUpdate>,
      );
    if (mode === "add") await addAttendee(access, parsed.data as z.infer<typeof newAttendee>);
  } catch (error) {
    return fail(error);
  }
  backToOverview(target);
}

export async function confirmCancellation(
  target: ManageTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  try {
    const access = await resolveManageTokenFrom(target.token, clientAddress(await headers()));
    if (!access) throw new AppError("not_found", "unknown link");
    if (target.attendeeId) await cancelAttendee(access, target.attendeeId);
    else await cancelRegistration(access);
  } catch (error) {
    return formFailure(target.locale, previous, null, error);
  }
  backToOverview(target);
}
