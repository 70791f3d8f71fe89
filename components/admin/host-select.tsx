import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/fields";

/** The meeting's host, one of the member municipalities, or none. */
export function HostSelect({
  members,
  defaultValue,
}: {
  members: { id: string; name: string }[];
  defaultValue?: string;
}) {
  const t = useTranslations("admin");
  return (
    <Select
      name="hostOrganisationId"
      label={t("fieldHost")}
      placeholder={t("noHost")}
      defaultValue={defaultValue}
      options={members.map((member) => ({ value: member.id, label: member.name }))}
    />
  );
}
