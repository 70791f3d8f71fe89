"use client";

import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { StepErrors } from "@/components/registration/step-errors";

/** The confirmation step before a cancellation: a warning button and a clear way back. */
export function CancelForm({
  action,
  confirmLabel,
  keepLink,
}: {
  action: (state: StepState<null>) => Promise<StepState<null>>;
  confirmLabel: string;
  /** The way back, a localised link rendered by the (server) page. */
  keepLink: ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialStepState);
  return (
    <form action={formAction} className="stack">
      <StepErrors state={state} />
      <div className="button-group">
        <SubmitButton variant="warning">{confirmLabel}</SubmitButton>
        {keepLink}
      </div>
    </form>
  );
}
