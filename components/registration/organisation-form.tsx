"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, ChoiceGroup, Select, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DraftData } from "@/lib/registration-drafts/draft-data";
import { useHydrated } from "@/components/ui/use-hydrated";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import { StepErrors } from "./step-errors";

type Props = {
  action: (state: StepState, form: FormData) => Promise<StepState>;
  members: { id: string; name: string }[];
  values: DraftData;
  /** The organisation the invitation link is for; `false` when a link was given but is not valid. */
  invitation?: { organisationName: string } | false | null;
};

export function OrganisationForm({ action, members, values: initial, invitation }: Props) {
  const t = useTranslations("registerForm.organisationStep");
  const tf = useTranslations("form");
  const [state, formAction] = useActionState(action, initialStepState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  const [filter, setFilter] = useState("");
  // The search box only helps when JavaScript can filter the list; without it the plain list works.
  const hydrated = useHydrated();
  const shown = members.filter((member) => member.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const chosen = members.find((member) => member.id === values.organisation.id);
  // The chosen municipality stays in the list whatever the filter says, so it is never lost.
  const options = (chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown).map((member) => ({
    value: member.id,
    label: member.name,
  }));

  return (
    <form action={formAction} key={state.attempt} noValidate className="stack">
      <StepErrors state={state} />
      {invitation && (
        <p className="notice notice--success">
          {t("invitationNotice", { organisation: invitation.organisationName })}
        </p>
      )}
      {invitation === false && <p className="notice">{t("invitationInvalidNotice")}</p>}
      {values.invitationToken && (
        <input type="hidden" name="invitationToken" value={values.invitationToken} />
      )}
      <ChoiceGroup
        name="organisation.kind"
        legend={t("kindLegend")}
        type="radio"
        error={errors["organisation"] ?? errors["organisation.kind"]}
        selected={values.organisation.kind ? [values.organisation.kind] : []}
        choices={[
          {
            value: "member",
            label: t("kindMember"),
            conditional: (
              <div className="stack stack--tight">
                {hydrated && (
                  <div className="field">
                    <label htmlFor="member-filter" className="field__label">
                      {t("memberFilter")}
                    </label>
                    <p id="member-filter-hint" className="field__hint">
                      {t("memberFilterHint")}
                    </p>
                    <input
                      id="member-filter"
                      type="search"
                      className="input input--medium"
                      value={filter}
                      onChange={(event) => setFilter(event.target.value)}
                      aria-describedby="member-filter-hint"
                      aria-controls="organisation-id"
                      autoComplete="off"
                    />
                  </div>
                )}
                <Select
                  name="organisation.id"
                  label={t("member")}
                  placeholder={t("memberPlaceholder")}
                  options={options}
                  defaultValue={values.organisation.id}
                  error={errors["organisation.id"]}
                />
              </div>
            ),
          },
          {
            value: "observer",
            label: t("kindObserver"),
            hint: t("kindObserverHint"),
            conditional: (
              <TextField
                name="organisation.name"
                label={t("observerName")}
                defaultValue={values.organisation.name}
                error={errors["organisation.name"]}
                autoComplete="organization"
              />
            ),
          },
        ]}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">{t("contactHeading")}</legend>
        <div className="stack">
          <TextField
            name="contact.name"
            label={t("contactName")}
            defaultValue={values.contact.name}
            error={errors["contact.name"]}
            autoComplete="name"
          />
          <TextField
            name="contact.email"
            label={t("contactEmail")}
            hint={t("contactEmailHint")}
            type="email"
            defaultValue={values.contact.email}
            error={errors["contact.email"]}
            autoComplete="email"
            inputMode="email"
          />
          <TextField
            name="contact.phone"
            label={t("contactPhone")}
            type="tel"
            defaultValue={values.contact.phone}
            error={errors["contact.phone"]}
            autoComplete="tel"
            width="medium"
          />
          <Checkbox
            name="contactIsDelegate"
            label={t("contactIsDelegate")}
            hint={t("contactIsDelegateHint")}
            defaultChecked={values.contactIsDelegate}
          />
        </div>
      </fieldset>
      <SubmitButton>{tf("continue")}</SubmitButton>
    </form>
  );
}
