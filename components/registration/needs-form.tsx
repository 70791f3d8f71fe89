"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PublicActivity } from "@/lib/events/public-event";
import type { DraftData } from "@/lib/registration-drafts/draft-data";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { StayFields } from "@/components/stay/stay-fields";
import type { StayHotelOption } from "@/lib/stay/stay-values";
import { NeedsFields, type Asker } from "./needs-fields";
import { StepErrors } from "./step-errors";

type Props = {
  action: (state: StepState, form: FormData) => Promise<StepState>;
  values: DraftData;
  activities: PublicActivity[];
  /** The meeting's own questions, asked of every delegate. */
  meeting: Asker;
  /** The room block's hotels and the nights offered, for each delegate's stay. */
  stay: { hotels: StayHotelOption[]; nights: string[] };
};

export function NeedsForm({ action, values: initial, activities, meeting, stay }: Props) {
  const t = useTranslations("registerForm.needsStep");
  const tf = useTranslations("form");
  const [state, formAction] = useActionState(action, initialStepState);
  const values = state.values ?? initial;

  return (
    <form action={formAction} key={state.attempt} noValidate className="stack">
      <StepErrors state={state} />
      {values.delegates.map((delegate, index) => (
        <fieldset key={delegate.key} className="fieldset card">
          <legend className="fieldset__legend fieldset__legend--m">
            {t("legend", { name: delegate.name })}
          </legend>
          <div className="stack">
            <NeedsFields
              prefix={`delegates.${index}.`}
              values={delegate}
              asking={[
                ...(meeting.questions.length > 0 ? [meeting] : []),
                ...activities.filter(
                  (activity) => activity.questions.length > 0 && delegate.activityIds.includes(activity.id),
                ),
              ]}
              errors={state.fieldErrors}
            />
            <fieldset className="fieldset stack">
              <legend className="fieldset__legend fieldset__legend--s">{t("stayLegend")}</legend>
              <p className="field__hint">{t("stayHint")}</p>
              <StayFields
                prefix={`delegates.${index}.stay.`}
                values={delegate.stay}
                hotels={stay.hotels}
                nights={stay.nights}
                errors={state.fieldErrors}
                legendSize="s"
              />
            </fieldset>
          </div>
        </fieldset>
      ))}
      <SubmitButton>{tf("continue")}</SubmitButton>
    </form>
  );
}
