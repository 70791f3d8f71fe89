"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Checkbox, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActivityChoiceGroup } from "@/components/registration/activity-choice-group";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { NeedsFields, QuestionFields, type Asker } from "@/components/registration/needs-fields";
import { StepErrors } from "@/components/registration/step-errors";
import type { PublicActivity } from "@/lib/events/public-event";
import type { AttendeeFormMode, AttendeeValues } from "@/lib/actions/attendee-values";

type Props = {
  mode: AttendeeFormMode;
  action: (state: StepState<AttendeeValues>, form: FormData) => Promise<StepState<AttendeeValues>>;
  values: AttendeeValues;
  activities: PublicActivity[];
  /** The meeting's own questions, asked of everyone. */
  meeting: Asker;
  isMember: boolean;
  held: string[];
  now: Date;
  /** The person's place in the registration (1-based), to name them before a name is typed. */
  position: number;
};

/** A person's details, needs and programme choices as edited through a private link. */
export function AttendeeForm({
  mode,
  action,
  values: initial,
  activities,
  meeting,
  isMember,
  held,
  now,
  position,
}: Props) {
  const t = useTranslations("manage");
  const tr = useTranslations("registerForm");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, initialStepState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  const withDetails = mode !== "choices";
  const withChoices = mode !== "details";
  const displayName = values.name || tr("delegatesStep.delegateLegend", { number: position });

  return (
    <form action={formAction} key={state.attempt} noValidate className="stack">
      <StepErrors state={state} />
      {withDetails && (
        <>
          <TextField
            name="name"
            label={tr("delegatesStep.name")}
            defaultValue={values.name}
            error={errors["name"]}
          />
          {mode === "add" && (
            <TextField
              name="email"
              label={tr("delegatesStep.email")}
              type="email"
              inputMode="email"
              defaultValue={values.email}
              error={errors["email"]}
            />
          )}
          <TextField
            name="title"
            label={tr("delegatesStep.role")}
            hint={tr("delegatesStep.roleHint")}
            defaultValue={values.title}
            error={errors["title"]}
          />
          <TextField
            name="phone"
            label={tr("delegatesStep.phone")}
            type="tel"
            width="medium"
            defaultValue={values.phone}
            error={errors["phone"]}
          />
          <NeedsFields prefix="" values={values} asking={[]} errors={errors} />
          <Checkbox
            name="listConsent"
            label={tr("reviewStep.listConsent", { name: displayName })}
            defaultChecked={values.listConsent}
          />
        </>
      )}
      {withChoices && (
        <>
          <ActivityChoiceGroup
            name="activityIds"
            delegateName={displayName}
            activities={activities}
            selected={values.activityIds}
            isMember={isMember}
            now={now}
            held={held}
            error={errors["activityIds"]}
          />
          {isMember && (
            <Checkbox
              name="isVotingDelegate"
              label={t("isVotingDelegate", { name: displayName })}
              hint={tr("choicesStep.votingHint")}
              defaultChecked={values.isVotingDelegate}
              error={errors["isVotingDelegate"]}
            />
          )}
          <QuestionFields
            prefix=""
            values={values}
            asking={[meeting, ...activities].filter((asker) => asker.questions.length > 0)}
            errors={errors}
            locale={locale}
          />
        </>
      )}
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
