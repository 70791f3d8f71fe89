import "server-only";
import type { z } from "zod";
import { fieldFailure, formFailure } from "@/lib/actions/form-failures";
import type { StepState } from "@/lib/actions/form-state";
import { parseTarget, targetLocale } from "@/lib/actions/action-input";
import type { IssueContext } from "@/lib/actions/describe-issues";
import { isAppError } from "@/lib/errors";
import type { PublicEvent } from "@/lib/events/public-event";
import type { AppLocale } from "@/lib/i18n/routing";
import { FormInput } from "@/lib/validation/form-input";

type FailureContext = { event: PublicEvent | null; delegateNames?: string[]; steps?: IssueContext["steps"] };

/**
 * The one path of a form's server action, in this order: the target the form was bound to (it
 * comes back from the browser) is parsed; the session or private link is checked; only then is
 * the form read; then the work runs (a Zod parse and one service call). An AppError with field
 * issues becomes inline messages and a linked summary, anything else one message at the top;
 * what was typed is sent back either way. The caller redirects on success (outside, since
 * Next.js's redirect is thrown).
 */
export async function runFormAction<Target extends { locale: AppLocale }, Access, Values, Result>(spec: {
  target: z.ZodType<Target>;
  rawTarget: unknown;
  previous: StepState<Values>;
  form?: FormData;
  /** Checks who is asking, before anything posted is read; throws an AppError to refuse. */
  authorise: (target: Target) => Promise<Access>;
  /** What the form holds, as the form shows it again after a failure. */
  read?: (input: FormInput, access: Access) => Values;
  /**
   * Whether field issues are shown at their fields (the default when the form is read with
   * `read`); otherwise they are one message at the top, for buttons with no fields to link to.
   */
  fieldErrors?: boolean;
  /**
   * What the messages need to name fields: the event (its activity questions), the delegates'
   * names, and for a form in steps, the step each field is on.
   */
  context?: (target: Target, values: Values) => Promise<FailureContext>;
  work: (context: { target: Target; access: Access; values: Values; input: FormInput }) => Promise<Result>;
}): Promise<{ ok: true; target: Target; result: Result } | { ok: false; state: StepState<Values> }> {
  let target: Target;
  try {
    target = parseTarget(spec.target, spec.rawTarget);
  } catch (error) {
    return {
      ok: false,
      state: await formFailure(targetLocale(spec.rawTarget), spec.previous, undefined, error),
    };
  }
  let values: Values | undefined;
  try {
    const access = await spec.authorise(target);
    const input = new FormInput(spec.form ?? new FormData());
    values = spec.read ? spec.read(input, access) : (null as Values);
    return { ok: true, target, result: await spec.work({ target, access, values, input }) };
  } catch (error) {
    const atFields = spec.fieldErrors ?? spec.read !== undefined;
    if (atFields && isAppError(error) && error.fields.length > 0 && values !== undefined) {
      const context = spec.context ? await spec.context(target, values) : { event: null };
      const state = await fieldFailure({
        locale: target.locale,
        previous: spec.previous,
        values,
        issues: error.fields,
        delegateNames: [],
        ...context,
      });
      return { ok: false, state };
    }
    return { ok: false, state: await formFailure(target.locale, spec.previous, values, error) };
  }
}
