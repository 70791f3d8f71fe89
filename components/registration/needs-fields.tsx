import { useLocale, useTranslations } from "next-intl";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/fields";
import type { PublicActivity } from "@/lib/events/public-event";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";
import { choiceValues, type ActivityQuestion } from "@/lib/registrations/activity-questions";

/** Who asks questions: an activity of those who choose it, or the meeting (`everyone`) of all. */
export type Asker = Pick<PublicActivity, "id" | "name" | "questions"> & { everyone?: boolean };

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
  asking: Asker[];
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

/** The meeting's own questions and the extra details chosen activities ask for (the HYBRIT site's visitor details). */
export function QuestionFields({
  prefix,
  values,
  asking,
  errors,
  locale,
}: {
  prefix: string;
  values: Pick<Values, "answers">;
  asking: Asker[];
  errors: Record<string, string>;
  locale: string;
}) {
  const t = useTranslations("registerForm.needsStep");
  return asking.map((activity) => (
    <fieldset key={activity.id} className="fieldset">
      <legend className="fieldset__legend fieldset__legend--s">
        {activity.everyone
          ? t("meetingQuestionsLegend")
          : t("questionsLegend", { activity: locale === "sv" ? activity.name.sv : activity.name.en })}
      </legend>
      <p className="field__hint">{t("questionsHint")}</p>
      <div className="stack">
        {activity.questions.map((question) => (
          <QuestionField
            key={question.key}
            name={`${prefix}answers.${activity.id}.${question.key}`}
            question={question}
            value={values.answers[activity.id]?.[question.key] ?? ""}
            error={errors[`${prefix}answers.${activity.id}.${question.key}`]}
            locale={locale}
          />
        ))}
      </div>
    </fieldset>
  ));
}

/** One question, as its type asks to be answered; the help text under the label. */
function QuestionField({
  name,
  question,
  value,
  error,
  locale,
}: {
  name: string;
  question: ActivityQuestion;
  value: string;
  error?: string;
  locale: string;
}) {
  const t = useTranslations("registerForm.needsStep");
  const sv = locale === "sv";
  const label = sv ? question.labelSv : question.labelEn;
  const help = (sv ? question.helpSv : question.helpEn) || undefined;
  const common = { name, label, hint: help, error, defaultValue: value };
  const options = question.options.map((choice) => ({
    value: choice.value,
    label: sv ? choice.labelSv : choice.labelEn,
  }));
  switch (question.type) {
    case "long_text":
      return <TextArea {...common} />;
    case "date":
      return <TextField {...common} type="date" width="medium" />;
    case "number":
      return <TextField {...common} inputMode="numeric" width="short" />;
    case "yes_no":
    case "single_choice":
    case "multiple_choice":
      return (
        <ChoiceGroup
          name={name}
          legend={label}
          legendSize="s"
          hint={help}
          error={error}
          type={question.type === "multiple_choice" ? "checkbox" : "radio"}
          selected={choiceValues(value)}
          choices={
            question.type === "yes_no"
              ? [
                  { value: "yes", label: t("answerYes") },
                  { value: "no", label: t("answerNo") },
                ]
              : options
          }
        />
      );
    default:
      return <TextField {...common} />;
  }
}
