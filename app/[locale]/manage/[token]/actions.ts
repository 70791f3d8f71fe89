"use server";

// Entry points of the private-link pages: parse the bound target, check the link, then read and
// validate the form with the shared schemas and call the service, which checks what the link may
// do. Errors go back to the form.
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AttendeeFormMode, AttendeeValues } from "@/lib/actions/attendee-values";
import { readAttendeeForm } from "@/lib/actions/read-attendee-form";
import {
  idParam,
  localeParam,
  parseTarget,
  slugParam,
  targetLocale,
  tokenParam,
} from "@/lib/actions/action-input";
import { FormInput } from "@/lib/validation/form-input";
import { fieldFailure, formFailure } from "@/lib/actions/form-failures";
import type { StepState } from "@/lib/actions/form-state";
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

const manageTarget = z.object({
  locale: localeParam,
  token: tokenParam,
  eventSlug: slugParam,
  attendeeId: idParam.optional(),
});
const manageMode = z.enum(["details", "choices", "add"]);

function backToOverview(target: ManageTarget): never {
  redirect(getPathname({ href: `/manage/${target.token}?saved=1`, locale: target.locale }));
}

/** The access the link grants to this request; unknown links count against the client's limit. */
async function accessOf(target: ManageTarget) {
  const access = await resolveManageTokenFrom(target.token, clientAddress(await headers()));
  if (!access) throw new AppError("not_found", "unknown link");
  return access;
}

export async function saveAttendee(
  rawTarget: ManageTarget,
  rawMode: AttendeeFormMode,
  previous: StepState<AttendeeValues>,
  form: FormData,
): Promise<StepState<AttendeeValues>> {
  let target: ManageTarget;
  let values: AttendeeValues | undefined;
  try {
    target = parseTarget(manageTarget, rawTarget);
  } catch (error) {
    return formFailure(targetLocale(rawTarget), previous, undefined, error);
  }
  try {
    const mode = parseTarget(manageMode, rawMode);
    // The link is checked before anything posted is read.
    const access = await accessOf(target);
    values = readAttendeeForm(new FormInput(form));
    if (mode === "details") {
      const parsed = attendeeDetailsUpdate.safeParse(values);
      if (!parsed.success) throw invalid(parsed.error);
      await updateAttendeeDetails(access, target.attendeeId ?? "", parsed.data);
    } else if (mode === "choices") {
      const parsed = attendeeChoicesUpdate.safeParse(values);
      if (!parsed.success) throw invalid(parsed.error);
      await changeAttendeeSignups(access, target.attendeeId ?? "", parsed.data);
    } else {
      const parsed = newAttendee.safeParse(values);
      if (!parsed.success) throw invalid(parsed.error);
      await addAttendee(access, parsed.data, clientAddress(await headers()));
    }
  } catch (error) {
    if (isAppError(error) && error.fields.length > 0 && values)
      return fieldFailure({
        locale: target.locale,
        event: await getPublicEvent(target.eventSlug),
        previous,
        values,
        issues: error.fields,
        delegateNames: [],
      });
    return formFailure(target.locale, previous, values, error);
  }
  backToOverview(target);
}

const invalid = (error: z.ZodError) => new AppError("validation", "invalid", toFieldIssues(error));

export async function confirmCancellation(
  rawTarget: ManageTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  let target: ManageTarget;
  try {
    target = parseTarget(manageTarget, rawTarget);
    const access = await accessOf(target);
    if (target.attendeeId) await cancelAttendee(access, target.attendeeId);
    else await cancelRegistration(access);
  } catch (error) {
    return formFailure(targetLocale(rawTarget), previous, null, error);
  }
  backToOverview(target);
}
