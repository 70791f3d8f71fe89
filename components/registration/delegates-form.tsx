"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DraftData } from "@/lib/registration-drafts/draft-data";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { StepErrors } from "./step-errors";

type Props = {
  action: (state: StepState, form: FormData) => Promise<StepState>;
  values: DraftData;
  /** The delegate just added, whose first field takes focus. */
  focusKey?: string;
};

/** GOV.UK's "add another" pattern: one fieldset per delegate, add and remove without losing input. */
export function DelegatesForm({ action, values: initial, focusKey }: Props) {
  const t = useTranslations("registerForm.delegatesStep");
  const tf = useTranslations("form");
  const [state, formAction] = useActionState(action, initialStepState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;

  return (
    <form action={formAction} key={state.attempt} noValidate className="stack">
      {/* Enter in a text field presses the form's first button: make that "Continue", not "Remove". */}
      <button
        type="submit"
        name="intent"
        value="continue"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
      >
        {tf("continue")}
      </button>
      <StepErrors state={state} />
      {values.delegates.length === 0 && <p className="empty-state">{t("empty")}</p>}
      {values.delegates.map((delegate, index) => {
        const prefix = `delegates.${index}`;
        return (
          <fieldset key={delegate.key} className="fieldset card" id={`delegate-${delegate.key}`}>
            <legend className="fieldset__legend fieldset__legend--m">
              {t("delegateLegend", { number: index + 1 })}
            </legend>
            <input type="hidden" name="delegateKey" value={delegate.key} />
            <div className="stack">
              <TextField
                name={`${prefix}.name`}
                label={t("name")}
                defaultValue={delegate.name}
                error={errors[`${prefix}.name`]}
                autoComplete="off"
                autoFocus={delegate.key === focusKey}
              />
              <TextField
                name={`${prefix}.email`}
                label={t("email")}
                type="email"
                inputMode="email"
                defaultValue={delegate.email}
                error={errors[`${prefix}.email`]}
                autoComplete="off"
              />
              <TextField
                name={`${prefix}.title`}
                label={t("role")}
                hint={t("roleHint")}
                defaultValue={delegate.title}
                error={errors[`${prefix}.title`]}
                autoComplete="off"
              />
              <TextField
                name={`${prefix}.phone`}
                label={t("phone")}
                type="tel"
                width="medium"
                defaultValue={delegate.phone}
                error={errors[`${prefix}.phone`]}
                autoComplete="off"
              />
              <div>
                <SubmitButton name="intent" value={`remove:${delegate.key}`} variant="secondary">
                  {t("remove", { number: index + 1 })}
                </SubmitButton>
              </div>
            </div>
          </fieldset>
        );
      })}
      {errors["delegates"] && (
        <p className="field-error" id="delegates-error">
          {errors["delegates"]}
        </p>
      )}
      {/* Where a problem with the list as a whole is linked to: the buttons that change it. */}
      <div
        className="button-group"
        id="delegates"
        aria-describedby={errors["delegates"] ? "delegates-error" : undefined}
      >
        <SubmitButton name="intent" value="add" variant="secondary">
          {t("add")}
        </SubmitButton>
        <SubmitButton name="intent" value="continue">
          {tf("continue")}
        </SubmitButton>
      </div>
    </form>
  );
}
