"use client";

import { startTransition, useActionState } from "react";
import { useTranslations } from "next-intl";
import { Select, TextArea, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { StepState } from "@/lib/actions/form-state";
import { StepErrors } from "@/components/registration/step-errors";

export type MessageValues = Record<
  "activityId" | "organisationId" | "subjectSv" | "bodySv" | "subjectEn" | "bodyEn",
  string
>;
export type MessageState = StepState<MessageValues> & { preview?: { count: number; mailingId: string } };

type Props = {
  action: (state: MessageState, form: FormData) => Promise<MessageState>;
  activities: { value: string; label: string }[];
  organisations: { value: string; label: string }[];
};

const EMPTY: MessageValues = {
  activityId: "",
  organisationId: "",
  subjectSv: "",
  bodySv: "",
  subjectEn: "",
  bodyEn: "",
};

/** Write, preview (with the number of recipients), then send: nothing goes out before the preview. */
export function GroupMessageForm({ action, activities, organisations }: Props) {
  const t = useTranslations("admin");
  const [state, formAction] = useActionState(action, {
    attempt: 0,
    summary: [],
    fieldErrors: {},
  } as MessageState);
  const values = state.values ?? EMPTY;
  const errors = state.fieldErrors;
  return (
    <form
      action={formAction}
      noValidate
      className="stack"
      key={state.attempt}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
    >
      <StepErrors state={state} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">{t("recipients")}</legend>
        <div className="filters">
          <Select
            name="activityId"
            label={t("filterActivity")}
            placeholder={t("allAttendees")}
            options={activities}
            defaultValue={values.activityId}
          />
          <Select
            name="organisationId"
            label={t("filterOrganisation")}
            placeholder={t("allAttendees")}
            options={organisations}
            defaultValue={values.organisationId}
          />
        </div>
      </fieldset>
      <TextField
        name="subjectSv"
        label={t("fieldSubjectSv")}
        defaultValue={values.subjectSv}
        error={errors["subjectSv"]}
      />
      <TextArea
        name="bodySv"
        label={t("fieldBodySv")}
        defaultValue={values.bodySv}
        error={errors["bodySv"]}
      />
      <TextField
        name="subjectEn"
        label={t("fieldSubjectEn")}
        defaultValue={values.subjectEn}
        error={errors["subjectEn"]}
      />
      <TextArea
        name="bodyEn"
        label={t("fieldBodyEn")}
        defaultValue={values.bodyEn}
        error={errors["bodyEn"]}
      />
      {state.preview && (
        <section className="card stack stack--tight" aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="heading-m">
            {t("previewHeading")}
          </h2>
          <p role="status">{t("previewCount", { count: state.preview.count })}</p>
          <p>
            <strong>{values.subjectSv}</strong>
          </p>
          <p className="preformatted">{values.bodySv}</p>
          <input type="hidden" name="mailingId" value={state.preview.mailingId} />
        </section>
      )}
      <div className="button-group">
        <SubmitButton name="intent" value="preview" variant={state.preview ? "secondary" : "primary"}>
          {t("preview")}
        </SubmitButton>
        {state.preview && state.preview.count > 0 && (
          <SubmitButton name="intent" value="send">
            {t("send", { count: state.preview.count })}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
