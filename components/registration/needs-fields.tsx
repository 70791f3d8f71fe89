import { useLocale, useTranslations } from "next-intl";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/fields";
import type { PublicActivity } from "@/lib/events/public-event";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";

type Values = {
  dietChoices: string[];
  dietOther: string;
  allergies: string;
  accessibilityNeeds: string;
  answers: Record<string, Record<string, string>>;
};

/** Diet, allergies, accessibility needs and, for chosen activities that ask, their extra details. */
export function NeedsFields({
  prefix,
  values,
  asking,
  errors,
}: {
  /** Prepended to field names, e.g. "delegates.0."; empty for a single person. */
  prefix: string;
  values: Values;
  asking: PublicActivity[];
  errors: Record<string, string>;
}) {
  const t = useTranslations("registerForm.needsStep");
  const td = useTranslations("registerForm.diets");
  const locale = useLocale();
  return (
    <div className="stack">
      <ChoiceGroup
        name={`${prefix}dietChoices`}
        legend={t("dietLegend")}
        legendSize="s"
        type="checkbox"
        selected={values.dietChoices}
        error={errors[`${prefix}dietChoices`]}
        choices={DIET_CHOICES.map((diet) => ({ value: diet, label: td(diet) }))}
      />
      <TextField
        name={`${prefix}dietOther`}
        label={t("dietOther")}
        defaultValue={values.dietOther}
        error={errors[`${prefix}dietOther`]}
      />
      <TextArea
        name={`${prefix}allergies`}
        label={t("allergies")}
        hint={t("allergiesHint")}
        defaultValue={values.allergies}
        error={errors[`${prefix}allergies`]}
      />
      <TextArea
        name={`${prefix}accessibilityNeeds`}
        label={t("accessibility")}
        hint={t("accessibilityHint")}
        defaultValue={values.accessibilityNeeds}
        error={errors[`${prefix}accessibilityNeeds`]}
      />
      <QuestionFields prefix={prefix} values={values} asking={asking} errors={errors} locale={locale} />
    </div>
  );
}

/** The extra details chosen activities ask for (the HYBRIT site's visitor details). */
export function QuestionFields({
  prefix,
  values,
  asking,
  errors,
  locale,
}: {
  prefix: string;
  values: Pick<Values, "answers">;
  asking: PublicActivity[];
  errors: Record<string, string>;
  locale: string;
}) {
  const t = useTranslations("registerForm.needsStep");
  return asking.map((activity) => (
    <fieldset key={activity.id} className="fieldset">
      <legend className="fieldset__legend fieldset__legend--s">
        {t("questionsLegend", { activity: locale === "sv" ? activity.name.sv : activity.name.en })}
      </legend>
      <p className="field__hint">{t("questionsHint")}</p>
      <div className="stack">
        {activity.questions.map((question) => {
          const name = `${prefix}answers.${activity.id}.${question.key}`;
          return (
            <TextField
              key={question.key}
              name={name}
              label={locale === "sv" ? question.labelSv : question.labelEn}
              type={question.type === "date" ? "date" : "text"}
              width={question.type === "date" ? "medium" : "full"}
              defaultValue={values.answers[activity.id]?.[question.key] ?? ""}
              error={errors[name]}
            />
          );
        })}
      </div>
    </fieldset>
  ));
}
