"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { MessageState, MessageValues } from "@/components/admin/group-message-form";
import { fieldFailure, formFailure } from "@/components/registration/form-failures";
import { countGroupRecipients, sendGroupMessage } from "@/lib/admin/group-message";
import { getStaff } from "@/lib/auth/staff-session";
import { isAppError } from "@/lib/errors";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { groupMessageInput } from "@/lib/validation/group-message";

export async function groupMessageAction(
  target: { locale: AppLocale; slug: string },
  previous: MessageState,
  form: FormData,
): Promise<MessageState> {
  const values = Object.fromEntries(
    (["activityId", "organisationId", "subjectSv", "bodySv", "subjectEn", "bodyEn"] as const).map((key) => [
      key,
      String(form.get(key) ?? ""),
    ]),
  ) as MessageValues;
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
    const staff = await getStaff();
    if (form.get("intent") !== "send") {
      const count = await countGroupRecipients(staff, target.slug, parsed.data);
      return {
        attempt: previous.attempt + 1,
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
      z.uuid().safeParse(form.get("mailingId")).data ?? randomUUID(),
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
