"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, ChoiceGroup } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DraftData } from "@/lib/registration-drafts/draft-data";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { StepErrors } from "./step-errors";

type Props = {
  action: (state: StepState, form: FormData) => Promise<StepState>;
  values: DraftData;
  privacyHref: string;
  /** The summary of everything entered, rendered on the server. */
  children: ReactNode;
};

export function ReviewForm({ action, values: initial, privacyHref, children }: Props) {
  const t = useTranslations("registerForm.reviewStep");
  const [state, formAction] = useActionState(action, initialStepState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;

  return (
    <form action={formAction} key={state.attempt} noValidate className="stack">
      <StepErrors state={state} />
      {children}
      <ChoiceGroup
        name="listConsent"
        legend={t("listConsentLegend")}
        hint={t("listConsentHint")}
        type="checkbox"
        selected={values.delegates.filter((delegate) => delegate.listConsent).map((delegate) => delegate.key)}
        choices={values.delegates.map((delegate) => ({
          value: delegate.key,
          label: t("listConsent", { name: delegate.name }),
        }))}
      />
      <Checkbox
        name="privacyConsent"
        label={t("privacyConsent")}
        hint={
          <a href={privacyHref} target="_blank" rel="noopener">
            {t("privacyLink")}
          </a>
        }
        defaultChecked={values.privacyConsent}
        error={errors["privacyConsent"]}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
