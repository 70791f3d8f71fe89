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
import { nameSubstitute } from "@/lib/mandates/name-substitute";
import { replaceOmbud } from "@/lib/mandates/replace-ombud";
import { ombudInput, substituteInput } from "@/lib/validation/mandate";
import { saveAttendeeStay } from "@/lib/stay/save-attendee-stay";
import { stayInput } from "@/lib/validation/stay";
import { readStayFields } from "@/lib/stay/stay-values";

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
async function accessOf(target: { token: string }) {
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

export type VoteTarget = { locale: AppLocale; token: string };
const voteTarget = z.object({ locale: localeParam, token: tokenParam });

/** Names the member's substitute or its ombud through the contact's link (the service checks what the link may do). */
export async function saveMemberVote(
  rawTarget: VoteTarget,
  rawChange: "substitute" | "ombud",
  previous: StepState<null>,
  form: FormData,
): Promise<StepState<null>> {
  const outcome = await runFormAction({
    target: voteTarget,
    rawTarget,
    previous,
    form,
    fieldErrors: true,
    authorise: accessOf,
    work: async ({ access, input }) => {
      const actor = { kind: "contact" as const, access };
      if (parseTarget(z.enum(["substitute", "ombud"]), rawChange) === "substitute") {
        await nameSubstitute(
          actor,
          parseInput(substituteInput, { substituteId: input.text("substituteId") }),
        );
      } else {
        await replaceOmbud(
          actor,
          parseInput(ombudInput, { ombudId: input.text("ombudId"), reason: input.text("reason") }),
        );
      }
    },
  });
  if (!outcome.ok) return outcome.state;
  redirect(
    getPathname({
      href: `/manage/${outcome.target.token}/annual-meeting?saved=1`,
      locale: outcome.target.locale,
    }),
  );
}

/** Sets a person's stay and travel through the link (the service checks what the link may do and the deadline). */
export async function saveStay(
  rawTarget: VoteTarget & { attendeeId: string },
  previous: StepState<null>,
  form: FormData,
): Promise<StepState<null>> {
  const outcome = await runFormAction({
    target: voteTarget.extend({ attendeeId: idParam }),
    rawTarget,
    previous,
    form,
    fieldErrors: true,
    authorise: accessOf,
    work: async ({ target, access, input }) => {
      await saveAttendeeStay(access, target.attendeeId, parseInput(stayInput, readStayFields(input, "")));
    },
  });
  if (!outcome.ok) return outcome.state;
  redirect(getPathname({ href: `/manage/${outcome.target.token}?stay=1`, locale: outcome.target.locale }));
}
