import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { ChoiceGroup, Select, TextArea, TextField } from "@/components/ui/fields";
import { Link } from "@/components/ui/localised-link";
import { getWalkInChoices } from "@/lib/check-in/get-walk-in-choices";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { registerWalkInAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const generateMetadata = adminMetadata("walkInTitle");

/** Someone who arrives unregistered: staff register them, also after registration has closed. */
export default async function WalkInPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const choices = await loadOrNotFound(getWalkInChoices(await requireStaffPage(locale), slug));
  const t = await getTranslations("walkIn");
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/admin/events/${slug}/check-in`}>{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {!choices.open ? (
        <p className="notice">{t("closed")}</p>
      ) : (
        <ActionForm action={registerWalkInAction.bind(null, { locale, slug })} submitLabel={t("submit")}>
          <Select
            name="organisationId"
            label={t("member")}
            hint={t("memberHint")}
            placeholder={t("noMember")}
            options={choices.members.map((member) => ({ value: member.id, label: member.name }))}
          />
          <TextField name="observerName" label={t("observer")} hint={t("observerHint")} />
          <TextField name="name" label={t("name")} autoComplete="off" />
          <TextField name="email" type="email" label={t("email")} hint={t("emailHint")} autoComplete="off" />
          <TextField name="title" label={t("jobTitle")} />
          <ChoiceGroup
            name="activityIds"
            legend={t("activities")}
            type="checkbox"
            selected={[]}
            choices={choices.activities.map((activity) => ({
              value: activity.id,
              label: locale === "en" ? activity.nameEn : activity.nameSv,
              hint: [
                activity.left === null ? null : t("left", { count: activity.left }),
                activity.membersOnly ? t("membersOnly") : null,
              ]
                .filter(Boolean)
                .join(" "),
            }))}
          />
          {choices.role === "admin" && (
            <TextArea name="overCapacityReason" label={t("reason")} hint={t("reasonHint")} />
          )}
        </ActionForm>
      )}
    </div>
  );
}
