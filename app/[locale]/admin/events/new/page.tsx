import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { ActionForm } from "@/components/admin/action-form";
import { HostSelect } from "@/components/admin/host-select";
import { Checkbox, Select, TextField } from "@/components/ui/fields";
import { getNewEventChoices } from "@/lib/events/get-new-event-choices";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { createEvent } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = adminMetadata("newEventTitle");

export default async function NewEventPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const { events, members } = await loadOrNotFound(getNewEventChoices(staff));
  const t = await getTranslations("admin");
  const latest = events[0];
  return (
    <div className="container container--narrow stack">
      <h1>{t("newEventTitle")}</h1>
      <p>{t("newEventIntro")}</p>
      <ActionForm action={createEvent.bind(null, { locale })} submitLabel={t("createEvent")}>
        <Select
          name="sourceSlug"
          label={t("fieldSource")}
          hint={t("sourceHint")}
          placeholder={t("fromScratch")}
          defaultValue={latest?.slug ?? ""}
          options={events.map((event) => ({
            value: event.slug,
            label: localised({ sv: event.nameSv, en: event.nameEn }, locale),
          }))}
        />
        <TextField name="nameSv" label={t("fieldNameSv")} />
        <TextField name="nameEn" label={t("fieldNameEn")} />
        <TextField name="slug" label={t("fieldSlug")} hint={t("slugHint")} width="medium" />
        <TextField
          name="startDate"
          label={t("fieldStartDate")}
          hint={t("startDateHint")}
          type="date"
          width="medium"
        />
        <HostSelect members={members} />
        <TextField name="city" label={t("fieldCity")} width="medium" />
        <TextField name="venueName" label={t("fieldVenueName")} />
        <TextField name="venueAddress" label={t("fieldVenueAddress")} />
        <TextField
          name="contactEmail"
          label={t("fieldContactEmail")}
          type="email"
          defaultValue={latest?.contactEmail ?? ""}
        />
        <Checkbox
          name="includeAnnualMeeting"
          label={t("fieldIncludeAnnualMeeting")}
          defaultChecked={latest?.hasAnnualMeeting ?? true}
        />
      </ActionForm>
    </div>
  );
}
