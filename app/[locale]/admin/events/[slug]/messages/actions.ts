"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { MessageState, MessageValues } from "@/components/admin/group-message-form";
import { fieldFailure, formFailure } from "@/lib/actions/form-failures";
import { countGroupRecipients, sendGroupMessage } from "@/lib/admin/group-message";
import { eventTarget } from "@/lib/actions/admin-action";
import { idParam, nextAttempt, parseTarget, targetLocale } from "@/lib/actions/action-input";
import { authorizeEvent, getStaff, type Staff } from "@/lib/auth/staff-session";
import { FormInput } from "@/lib/validation/form-input";
import { isAppError } from "@/lib/errors";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { groupMessageInput } from "@/lib/validation/group-message";

const MESSAGE_FIELDS = [
  "activityId",
  "organisationId",
  "subjectSv",
  "bodySv",
  "subjectEn",
  "bodyEn",
] as const;

export async function groupMessageAction(
  rawTarget: { locale: AppLocale; slug: string },
  previous: MessageState,
  form: FormData,
): Promise<MessageState> {
  let target: { locale: AppLocale; slug: string };
  let staff: Staff | null;
  let input: FormInput;
  try {
    target = parseTarget(eventTarget, rawTarget);
    // The session and a role at the event come before the form is read.
    staff = await getStaff();
    await authorizeEvent(staff, target.slug, "viewer");
    input = new FormInput(form);
  } catch (error) {
    return formFailure(targetLocale(rawTarget), previous, undefined, error);
  }
  const values = Object.fromEntries(MESSAGE_FIELDS.map((key) => [key, input.text(key)])) as MessageValues;
  const parsed = groupMessageInput.safeParse(values);
  if (!parsed.success) {
    return fieldFailure({
      locale: target.locale,
      event: null,
      previous,
      values,
      issues: toFieldIssues(parsed.error),
      delegateNames: [],
    });
  }
  let mailingId: string;
  try {
    if (input.text("intent") !== "send") {
      const count = await countGroupRecipients(staff, target.slug, parsed.data);
      return {
        attempt: nextAttempt(previous),
        summary: [],
        fieldErrors: {},
        values,
        preview: { count, mailingId: randomUUID() },
      };
    }
    // The id made at preview time: sending twice (double click) mails nobody twice.
    ({ mailingId } = await sendGroupMessage(
      staff,
      target.slug,
      parsed.data,
      idParam.safeParse(input.text("mailingId")).data ?? randomUUID(),
    ));
  } catch (error) {
    if (isAppError(error) && error.fields.length > 0) {
      return fieldFailure({
        locale: target.locale,
        event: null,
        previous,
        values,
        issues: error.fields,
        delegateNames: [],
      });
    }
    return formFailure(target.locale, previous, values, error);
  }
  redirect(
    getPathname({
      href: `/admin/events/${target.slug}/messages?mailing=${mailingId}`,
      locale: target.locale,
    }),
  );
}
