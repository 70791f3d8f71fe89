"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialStepState, type StepState } from "@/components/registration/form-state";
import { StepErrors } from "@/components/registration/step-errors";
import { Link } from "@/lib/i18n/navigation";

/** The confirmation step before a cancellation: a warning button and a clear way back. */
export function CancelForm({
  action,
  confirmLabel,
  keepLabel,
  keepHref,
}: {
  action: (state: StepState<null>) => Promise<StepState<null>>;
  confirmLabel: string;
  keepLabel: string;
  keepHref: string;
}) {
  const [state, formAction] = useActionState(action, initialStepState);
  return (
    <form action={formAction} className="stack">
      <StepErrors state={state} />
      <div className="button-group">
        <SubmitButton variant="warning">{confirmLabel}</SubmitButton>
        <Link href={keepHref}>{keepLabel}</Link>
      </div>
    </form>
  );
}
