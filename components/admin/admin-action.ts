import "server-only";
import type { z } from "zod";
import { fieldFailure, formFailure } from "@/components/registration/form-failures";
import type { StepState } from "@/components/registration/form-state";
import { AppError, isAppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
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
