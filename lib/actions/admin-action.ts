import "server-only";
import { z } from "zod";
import { fieldFailure, formFailure } from "@/lib/actions/form-failures";
import type { StepState } from "@/lib/actions/form-state";
import { AppError, isAppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
import { localeParam, parseTarget, slugParam, targetLocale } from "@/lib/actions/action-input";
import { authorizeEvent, getStaff, type Staff } from "@/lib/auth/staff-session";
import { FormInput } from "@/lib/validation/form-input";
import { toFieldIssues } from "@/lib/validation/field-errors";

export type ActionState = StepState<null>;

/**
 * Runs an admin action's work and turns a failure into the form's error state: field issues as a
 * summary with inline messages, anything else as one message at the top. Null means it worked.
 */
export async function attemptAction(
  locale: AppLocale,
  previous: ActionState,
  work: () => Promise<void>,
): Promise<ActionState | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (isAppError(error) && error.fields.length > 0) {
      return fieldFailure({
        locale,
        event: null,
        previous,
        values: null,
        issues: error.fields,
        delegateNames: [],
      });
    }
    return formFailure(locale, previous, null, error);
  }
}

/** The input parsed by a shared schema, or a validation error naming each wrong field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "invalid", toFieldIssues(parsed.error));
  return parsed.data;
}

/** What every event admin action is bound to: the page's language and the event. */
export const eventTarget = z.object({ locale: localeParam, slug: slugParam });

/**
 * Runs an event admin action in order: the bound target is parsed, the session and a role at the
 * event are checked, and only then is the form read and the work done (the service checks the
 * role the work needs). Returns the form's error state, or the parsed target when it worked.
 */
export async function runAdminAction<T extends { locale: AppLocale; slug: string }>(
  schema: z.ZodType<T>,
  rawTarget: unknown,
  previous: ActionState,
  form: FormData | undefined,
  work: (context: { target: T; staff: Staff; input: FormInput }) => Promise<void>,
): Promise<{ failed: ActionState } | { target: T }> {
  let target: T | undefined;
  const failed = await attemptAction(targetLocale(rawTarget), previous, async () => {
    const parsed = parseTarget(schema, rawTarget);
    const staff = await getStaff();
    await authorizeEvent(staff, parsed.slug, "viewer");
    await work({ target: parsed, staff: staff!, input: new FormInput(form ?? new FormData()) });
    target = parsed;
  });
  return failed || !target
    ? { failed: failed ?? (await formFailure("sv", previous, null, null)) }
    : { target };
}
