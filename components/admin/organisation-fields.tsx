import { useTranslations } from "next-intl";
import { Checkbox, TextArea, TextField } from "@/components/ui/fields";

type Values = {
  name: string;
  orgNumber: string | null;
  isMember: boolean;
  votes: number;
  emailDomains: string[];
};

/** The fields of one organisation in the member register, empty for a new one. */
export function OrganisationFields({ values }: { values?: Values }) {
  const t = useTranslations("admin");
  return (
    <>
      <TextField name="name" label={t("fieldOrganisationName")} defaultValue={values?.name} />
      <TextField
        name="orgNumber"
        label={t("fieldOrgNumber")}
        hint={t("orgNumberHint")}
        width="medium"
        defaultValue={values?.orgNumber ?? ""}
      />
      <Checkbox name="isMember" label={t("fieldIsMember")} defaultChecked={values?.isMember ?? true} />
      <TextField
        name="votes"
        label={t("fieldVotes")}
        hint={t("votesHint")}
        inputMode="numeric"
        width="short"
        defaultValue={String(values?.votes ?? 1)}
      />
      <TextArea
        name="emailDomains"
        label={t("fieldEmailDomains")}
        hint={t("emailDomainsHint")}
        defaultValue={values?.emailDomains.join("\n") ?? ""}
      />
    </>
  );
}
