"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PublicActivity } from "@/lib/events/public-event";
import type { DraftData } from "@/lib/registration-drafts/draft-data";
import { ActivityChoiceGroup } from "./activity-choice-group";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { StepErrors } from "./step-errors";

type Props = {
  action: (state: StepState, form: FormData) => Promise<StepState>;
  values: DraftData;
  activities: PublicActivity[];
  now: Date;
};

export function ChoicesForm({ action, values: initial, activities, now }: Props) {
  const t = useTranslations("registerForm.choicesStep");
  const tf = useTranslations("form");
  const [state, formAction] = useActionState(action, initialStepState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  const isMember = values.organisation.kind !== "observer";

  return (
    <form action={formAction} key={state.attempt} noValidate className="stack">
      <StepErrors state={state} />
      {values.delegates.map((delegate, index) => (
        <ActivityChoiceGroup
          key={delegate.key}
          name={`delegates.${index}.activityIds`}
          delegateName={delegate.name}
          activities={activities}
          selected={delegate.activityIds}
          isMember={isMember}
          now={now}
          error={errors[`delegates.${index}.activityIds`]}
        />
      ))}
      {isMember && activities.some((activity) => activity.kind === "annual_meeting") && (
        <ChoiceGroup
          name="votingDelegateKey"
          legend={t("votingLegend")}
          hint={t("votingHint")}
          type="radio"
          selected={[values.votingDelegateKey ?? "none"]}
          error={values.delegates
            .map((_, index) => errors[`delegates.${index}.isVotingDelegate`])
            .find(Boolean)}
          choices={[
            ...values.delegates.map((delegate) => ({ value: delegate.key, label: delegate.name })),
            { value: "none", label: t("votingNone") },
          ]}
        />
      )}
      <SubmitButton>{tf("continue")}</SubmitButton>
    </form>
  );
}
