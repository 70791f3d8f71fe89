"use server";

// Entry points of the check-in page: validate, call the service (which checks the staff role),
// then show the person's card, or the errors.
import { redirect } from "next/navigation";
import { z } from "zod";
import { eventTarget, parseInput, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import type { FormInput } from "@/lib/validation/form-input";
import { checkInAttendee, type CheckInResult, type CheckInTarget } from "@/lib/check-in/check-in-attendee";
import { checkInCodeFromText } from "@/lib/check-in/scanned-code";
import { undoCheckIn } from "@/lib/check-in/undo-check-in";
import { AppError } from "@/lib/errors";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { checkInByCodeInput, checkInByIdInput, undoCheckInInput } from "@/lib/validation/check-in";
import { walkInInput } from "@/lib/validation/walk-in";
import { registerWalkIn } from "@/lib/check-in/register-walk-in";

export type CheckInPageTarget = { locale: AppLocale; slug: string; scope: string };

const pageTarget = eventTarget.extend({ scope: z.string().max(100) });
const cardTarget = pageTarget.extend({ attendeeId: z.string().max(100) });
const undoTarget = cardTarget.extend({ checkedInAt: z.string().max(100) });

function toPage(target: CheckInPageTarget, query: Record<string, string>): never {
  const search = new URLSearchParams({ ...(target.scope ? { scope: target.scope } : {}), ...query });
  redirect(getPathname({ href: `/admin/events/${target.slug}/check-in?${search}`, locale: target.locale }));
}

async function checkIn<T extends CheckInPageTarget>(
  schema: z.ZodType<T>,
  rawTarget: unknown,
  previous: ActionState,
  form: FormData | undefined,
  read: (target: T, input: FormInput) => { scope: string | null; who: CheckInTarget },
) {
  let result: CheckInResult | undefined;
  const outcome = await runAdminAction(
    schema,
    rawTarget,
    previous,
    form,
    async ({ target, staff, input }) => {
      const { scope, who } = read(target, input);
      result = await checkInAttendee(staff, { slug: target.slug, target: who, scope, locale: target.locale });
    },
  );
  if ("failed" in outcome) return outcome.failed;
  toPage(outcome.target, {
    attendee: result!.attendeeId,
    at: result!.checkedInAt.toISOString(),
    result: result!.already ? "already" : "new",
  });
}

/** A scanned or typed code: the QR text may be the whole check-in URL or the bare code. */
export async function checkInByCode(target: CheckInPageTarget, previous: ActionState, form: FormData) {
  return checkIn(pageTarget, target, previous, form, (target, input) => {
    const values = parseInput(checkInByCodeInput, { scope: target.scope, code: input.text("code") });
    const code = checkInCodeFromText(values.code);
    if (!code)
      throw new AppError("validation", "not a code", [{ field: "code", code: "checkInCodeUnknown" }]);
    return { scope: values.scope, who: { code } };
  });
}

export async function checkInById(
  target: CheckInPageTarget & { attendeeId: string },
  previous: ActionState,
): Promise<ActionState> {
  return checkIn(cardTarget, target, previous, undefined, (target) => {
    const values = parseInput(checkInByIdInput, target);
    return { scope: values.scope, who: { attendeeId: values.attendeeId } };
  });
}

export async function undoCheckInAction(
  target: CheckInPageTarget & { attendeeId: string; checkedInAt: string },
  previous: ActionState,
): Promise<ActionState> {
  const outcome = await runAdminAction(undoTarget, target, previous, undefined, async ({ target, staff }) => {
    const values = parseInput(undoCheckInInput, target);
    await undoCheckIn(staff, {
      slug: target.slug,
      attendeeId: values.attendeeId,
      scope: values.scope,
      checkedInAt: new Date(values.checkedInAt),
    });
  });
  if ("failed" in outcome) return outcome.failed;
  toPage(outcome.target, { attendee: outcome.target.attendeeId, result: "undone" });
}

/** Registers a walk-in and opens their card, checked in (the service checks the role and capacity). */
export async function registerWalkInAction(
  target: { locale: AppLocale; slug: string },
  previous: ActionState,
  form: FormData,
) {
  let attendeeId = "";
  const outcome = await runAdminAction(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const values = parseInput(walkInInput, {
        organisationId: input.text("organisationId"),
        observerName: input.text("observerName"),
        name: input.text("name"),
        email: input.text("email"),
        title: input.text("title"),
        activityIds: input.all("activityIds", 21),
        overCapacityReason: input.text("overCapacityReason"),
      });
      ({ attendeeId } = await registerWalkIn(staff, target.slug, values, { locale: target.locale }));
    },
  );
  if ("failed" in outcome) return outcome.failed;
  toPage({ ...outcome.target, scope: "" }, { attendee: attendeeId, result: "walk-in" });
}
