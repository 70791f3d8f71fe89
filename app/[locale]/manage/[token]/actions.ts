"use server";

// Entry points of the private-link pages: parse the bound target, check the link, then read and
// validate the form with the shared schemas and call the service, which checks what the link may
// do. Errors go back to the form.
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AttendeeFormMode, AttendeeValues } from "@/lib/actions/attendee-values";
import { readAttendeeForm } from "@/lib/actions/read-attendee-form";
import { idParam, localeParam, parseTarget, slugParam, tokenParam } from "@/lib/actions/action-input";
import { parseInput } from "@/lib/actions/admin-action";
import { runFormAction } from "@/lib/actions/form-action";
import type { StepState } from "@/lib/actions/form-state";
import { AppError } from "@/lib/errors";
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
  const outcome = await runFormAction({
    target: manageTarget,
    rawTarget,
    previous,
    form,
    // The link is checked before anything posted is read.
    authorise: accessOf,
    read: readAttendeeForm,
    context: async (target) => ({ event: await getPublicEvent(target.eventSlug) }),
    work: async ({ target, access, values }) => {
      const mode = parseTarget(manageMode, rawMode);
      if (mode === "details") {
        await updateAttendeeDetails(
          access,
          target.attendeeId ?? "",
          parseInput(attendeeDetailsUpdate, values),
        );
      } else if (mode === "choices") {
        await changeAttendeeSignups(
          access,
          target.attendeeId ?? "",
          parseInput(attendeeChoicesUpdate, values),
        );
      } else {
        await addAttendee(access, parseInput(newAttendee, values), clientAddress(await headers()));
      }
    },
  });
  if (!outcome.ok) return outcome.state;
  backToOverview(outcome.target);
}

export async function confirmCancellation(
  rawTarget: ManageTarget,
  previous: StepState<null>,
): Promise<StepState<null>> {
  const outcome = await runFormAction({
    target: manageTarget,
    rawTarget,
    previous,
    authorise: accessOf,
    work: async ({ target, access }) => {
      if (target.attendeeId) await cancelAttendee(access, target.attendeeId);
      else await cancelRegistration(access);
    },
  });
  if (!outcome.ok) return outcome.state;
  backToOverview(outcome.target);
}
