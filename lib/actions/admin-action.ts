import "server-only";
import { z } from "zod";
import type { StepState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/form-action";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
import { localeParam, slugParam } from "@/lib/actions/action-input";
import { authorizeEvent, getStaff, type Staff } from "@/lib/auth/staff-session";
import type { FormInput } from "@/lib/validation/form-input";
import { toFieldIssues } from "@/lib/validation/field-errors";

export type ActionState = StepState<null>;

/** The input parsed by a shared schema, or a validation error naming each wrong field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "invalid", toFieldIssues(parsed.error));
  return parsed.data;
}

/** What every event admin action is bound to: the page's language and the event. */
export const eventTarget = z.object({ locale: localeParam, slug: slugParam });

/**
 * An event admin action on the one path (runFormAction): the bound target parsed, the session and
 * a role at the event checked, then the form read and the work done (the service checks the role
 * the work needs). Returns the form's error state, or the parsed target when it worked.
 */
export async function runAdminAction<T extends { locale: AppLocale; slug: string }>(
  schema: z.ZodType<T>,
  rawTarget: unknown,
  previous: ActionState,
  form: FormData | undefined,
  work: (context: { target: T; staff: Staff; input: FormInput }) => Promise<void>,
): Promise<{ failed: ActionState } | { target: T }> {
  const outcome = await runFormAction({
    target: schema,
    rawTarget,
    previous,
    form,
    fieldErrors: true,
    authorise: async (target) => {
      const staff = await getStaff();
      await authorizeEvent(staff, target.slug, "viewer");
      return staff!;
    },
    work: ({ target, access, input }) => work({ target, staff: access, input }),
  });
  return outcome.ok ? { target: outcome.target } : { failed: outcome.state };
}
