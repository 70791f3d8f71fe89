import { getTranslations } from "next-intl/server";
import { Checkbox, Select, TextArea, TextField } from "@/components/ui/fields";
import { QUESTION_TYPES, type ActivityQuestion } from "@/lib/registrations/activity-questions";

/** Choices as the options field shows them: one per line, "Swedish | English". */
function optionLines(question: ActivityQuestion): string {
  return question.options.map((option) => `${option.labelSv} | ${option.labelEn}`).join("\n");
}

/** A question's fields as an administrator writes them; empty for a new question. */
export async function QuestionFields({
  question,
  meeting = false,
}: {
  question?: ActivityQuestion;
  /** A question of the meeting, asked of everyone: its answers are kept days after the meeting. */
  meeting?: boolean;
}) {
  const t = await getTranslations("admin");
  return (
    <>
      <TextField name="labelSv" label={t("fieldLabelSv")} defaultValue={question?.labelSv} />
      <TextField name="labelEn" label={t("fieldLabelEn")} defaultValue={question?.labelEn} />
      <TextField name="helpSv" label={t("fieldHelpSv")} defaultValue={question?.helpSv} />
      <TextField name="helpEn" label={t("fieldHelpEn")} defaultValue={question?.helpEn} />
      <Select
        name="type"
        label={t("questionType")}
        placeholder="–"
        defaultValue={question?.type ?? "text"}
        options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionTypes.${type}`) }))}
      />
      <TextArea
        name="options"
        label={t("fieldOptions")}
        hint={t("optionsHint")}
        defaultValue={question ? optionLines(question) : undefined}
      />
      <Checkbox name="required" label={t("fieldRequired")} defaultChecked={question?.required} />
      <Select
        name="visibility"
        label={t("questionVisibility")}
        placeholder="–"
        defaultValue={question?.visibility ?? "admins"}
        options={[
          { value: "admins", label: t("visibilityAdmins") },
          { value: "staff", label: t("visibilityStaff") },
        ]}
      />
      <TextField
        name="keepDaysAfter"
        label={t(meeting ? "fieldKeepDaysMeeting" : "fieldKeepDays")}
        hint={t("keepDaysHint")}
        inputMode="numeric"
        width="short"
        defaultValue={question?.keepDaysAfter === null || !question ? "" : String(question.keepDaysAfter)}
      />
    </>
  );
}
