import { getTranslations } from "next-intl/server";
import { Checkbox, Select, TextArea, TextField } from "@/components/ui/fields";
import { StockholmTimeField } from "@/components/admin/stockholm-time-field";
import { ACTIVITY_KINDS } from "@/lib/validation/event-settings";

type ActivityValues = {
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
  placeSv: string;
  placeEn: string;
  kind: string;
  startsAt: Date | null;
  endsAt: Date | null;
  signupClosesAt: Date | null;
  capacity: number | null;
  waitlistEnabled: boolean;
  servesMeal: boolean;
  membersOnly: boolean;
  sortOrder: number;
};

const EMPTY: ActivityValues = {
  nameSv: "",
  nameEn: "",
  descriptionSv: "",
  descriptionEn: "",
  placeSv: "",
  placeEn: "",
  kind: "programme",
  startsAt: null,
  endsAt: null,
  signupClosesAt: null,
  capacity: null,
  waitlistEnabled: false,
  servesMeal: false,
  membersOnly: false,
  sortOrder: 0,
};

/**
 * An activity's fields as an administrator sets them, every name under `prefix` so several
 * activity forms on one page keep unique ids. Empty for a new activity.
 */
export async function ActivityFields({
  prefix,
  values = EMPTY,
}: {
  prefix: string;
  values?: ActivityValues;
}) {
  const [t, tk] = await Promise.all([getTranslations("admin"), getTranslations("activityKind")]);
  return (
    <>
      <TextField name={`${prefix}nameSv`} label={t("fieldNameSv")} defaultValue={values.nameSv} />
      <TextField name={`${prefix}nameEn`} label={t("fieldNameEn")} defaultValue={values.nameEn} />
      <TextArea
        name={`${prefix}descriptionSv`}
        label={t("fieldActivityDescriptionSv")}
        hint={t("activityDescriptionHint")}
        defaultValue={values.descriptionSv}
      />
      <TextArea
        name={`${prefix}descriptionEn`}
        label={t("fieldActivityDescriptionEn")}
        hint={t("activityDescriptionHint")}
        defaultValue={values.descriptionEn}
      />
      <TextField name={`${prefix}placeSv`} label={t("fieldPlaceSv")} defaultValue={values.placeSv} />
      <TextField name={`${prefix}placeEn`} label={t("fieldPlaceEn")} defaultValue={values.placeEn} />
      <Select
        name={`${prefix}kind`}
        label={t("fieldKind")}
        placeholder="–"
        defaultValue={values.kind}
        options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: tk(kind) }))}
      />
      <StockholmTimeField
        name={`${prefix}startsAt`}
        label={t("fieldStarts")}
        hint={t("timesHint")}
        value={values.startsAt}
      />
      <StockholmTimeField
        name={`${prefix}endsAt`}
        label={t("fieldEnds")}
        hint={t("timesHint")}
        value={values.endsAt}
      />
      <StockholmTimeField
        name={`${prefix}signupClosesAt`}
        label={t("fieldSignupCloses")}
        hint={t("signupClosesHint")}
        value={values.signupClosesAt}
      />
      <TextField
        name={`${prefix}capacity`}
        label={t("fieldCapacity")}
        hint={t("capacityHint")}
        inputMode="numeric"
        width="short"
        defaultValue={values.capacity === null ? "" : String(values.capacity)}
      />
      <Checkbox
        name={`${prefix}waitlistEnabled`}
        label={t("fieldWaitlist")}
        defaultChecked={values.waitlistEnabled}
      />
      <Checkbox
        name={`${prefix}servesMeal`}
        label={t("fieldServesMeal")}
        defaultChecked={values.servesMeal}
      />
      <Checkbox
        name={`${prefix}membersOnly`}
        label={t("fieldMembersOnly")}
        hint={t("membersOnlyHint")}
        defaultChecked={values.membersOnly}
      />
      <TextField
        name={`${prefix}sortOrder`}
        label={t("fieldSortOrder")}
        hint={t("sortOrderHint")}
        inputMode="numeric"
        width="short"
        defaultValue={String(values.sortOrder)}
      />
    </>
  );
}
