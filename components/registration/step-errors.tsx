"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import type { StepState } from "@/lib/actions/form-state";

/** The error summary of a step, or the one problem that is not about a field. */
export function StepErrors({ state }: { state: Pick<StepState, "formError" | "summary"> }) {
  if (state.formError) {
    return (
      <div className="error-summary" role="alert">
        <p>{state.formError}</p>
      </div>
    );
  }
  return <ErrorSummary items={state.summary} />;
}
