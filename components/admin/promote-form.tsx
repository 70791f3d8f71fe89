"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { StepErrors } from "@/components/registration/step-errors";

/** Moves one waiting signup to confirmed; admins may tick to go past the capacity. */
export function PromoteForm({
  action,
  signupId,
  canOverride,
}: {
  action: (state: StepState<null>, form: FormData) => Promise<StepState<null>>;
  signupId: string;
  canOverride: boolean;
}) {
  const t = useTranslations("admin");
  const [state, formAction] = useActionState(action, initialStepState);
  return (
    <form action={formAction} className="stack stack--tight">
      <StepErrors state={state} />
      <input type="hidden" name="signupId" value={signupId} />
      {canOverride && (
        <div className="choice">
          <input
            id={`override-${signupId}`}
            type="checkbox"
            name="override"
            value="yes"
            className="choice__input"
          />
          <label htmlFor={`override-${signupId}`} className="choice__label">
            {t("promoteOverride")}
          </label>
        </div>
      )}
      <div>
        <SubmitButton variant="secondary">{t("promote")}</SubmitButton>
      </div>
    </form>
  );
}
