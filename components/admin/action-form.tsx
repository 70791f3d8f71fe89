"use client";

import { startTransition, useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { StepErrors } from "@/components/registration/step-errors";

/**
 * A form around server-rendered fields that posts to a server action and shows its errors. With
 * JavaScript it submits without React's automatic form reset, so a failed save keeps what was
 * typed; without it the browser posts the form as usual.
 */
export function ActionForm({
  action,
  submitLabel,
  variant = "primary",
  children,
}: {
  action: (state: StepState<null>, form: FormData) => Promise<StepState<null>>;
  submitLabel: string;
  variant?: "primary" | "secondary" | "warning";
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialStepState);
  // "form", not "admin": the form serves the private link's and the public one-time pages too.
  const t = useTranslations("form");
  return (
    <form
      action={formAction}
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <StepErrors state={state} />
      {state.saved && (
        <p className="notice notice--success" role="status">
          {t("saved")}
        </p>
      )}
      {children}
      <div>
        <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
