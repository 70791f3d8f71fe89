import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { ActionForm } from "@/components/admin/action-form";
import { StockholmTimeField } from "@/components/admin/stockholm-time-field";
import { HostSelect } from "@/components/admin/host-select";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { Checkbox, Select, TextArea, TextField } from "@/components/ui/fields";
import { getEventSettings } from "@/lib/admin/get-event-settings";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/components/ui/localised-link";
import { saveActivitySettings, saveEventPlace, saveEventSettings } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ done?: string }>;
};

export const generateMetadata = adminMetadata("settingsTitle");

export default async function SettingsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const { event, activities, members } = await loadOrNotFound(getEventSettings(staff, slug));
  const t = await getTranslations("admin");
  const target = { locale, slug };
  return (
    <div className="container container--narrow stack">
      <h1>{t("settingsTitle")}</h1>
      <p>
        <Link href={`/admin/events/${slug}/preview`}>{t("previewLink")}</Link>
      </p>
      {done === "created" && (
        <div className="notice notice--success" role="status">
          {t("eventCreated")}
        </div>
      )}
      {done === "anonymised" && (
        <div className="notice notice--success" role="status">
          {t("anonymised")}
        </div>
      )}
      <section aria-labelledby="texts-heading" className="stack">
        <h2 id="texts-heading">{t("eventTexts")}</h2>
        <ActionForm action={saveEventSettings.bind(null, target)} submitLabel={t("save")}>
          <TextField name="nameSv" label={t("fieldNameSv")} defaultValue={event.nameSv} />
          <TextField name="nameEn" label={t("fieldNameEn")} defaultValue={event.nameEn} />
          <TextArea name="summarySv" label={t("fieldSummarySv")} defaultValue={event.summarySv} />
          <TextArea name="summaryEn" label={t("fieldSummaryEn")} defaultValue={event.summaryEn} />
          <TextArea name="descriptionSv" label={t("fieldDescriptionSv")} defaultValue={event.descriptionSv} />
          <TextArea name="descriptionEn" label={t("fieldDescriptionEn")} defaultValue={event.descriptionEn} />
          <StockholmTimeField
            name="registrationOpensAt"
            label={t("fieldOpens")}
            hint={t("timesHint")}
            value={event.registrationOpensAt}
          />
          <StockholmTimeField
            name="registrationClosesAt"
            label={t("fieldCloses")}
            hint={t("timesHint")}
            value={event.registrationClosesAt}
          />
          <StockholmTimeField
            name="changeDeadline"
            label={t("fieldDeadline")}
            hint={t("timesHint")}
            value={event.changeDeadline}
          />
          <Select
            name="status"
            label={t("fieldStatus")}
            placeholder="–"
            defaultValue={event.status}
            options={[
              { value: "draft", label: t("statusDraft") },
              { value: "open", label: t("statusOpen") },
              { value: "closed", label: t("statusClosed") },
              { value: "archived", label: t("statusArchived") },
            ]}
          />
          <TextField
            name="reminderDaysBefore"
            label={t("fieldReminder")}
            inputMode="numeric"
            width="short"
            defaultValue={String(event.reminderDaysBefore)}
          />
        </ActionForm>
      </section>
      <section aria-labelledby="place-heading" className="stack">
        <h2 id="place-heading">{t("placeSettings")}</h2>
        <ActionForm action={saveEventPlace.bind(null, target)} submitLabel={t("save")}>
          <StockholmTimeField
            name="startsAt"
            label={t("fieldEventStarts")}
            hint={t("timesHint")}
            value={event.startsAt}
          />
          <StockholmTimeField
            name="endsAt"
            label={t("fieldEventEnds")}
            hint={t("timesHint")}
            value={event.endsAt}
          />
          <TextField name="city" label={t("fieldCity")} width="medium" defaultValue={event.city} />
          <TextField name="venueName" label={t("fieldVenueName")} defaultValue={event.venueName} />
          <TextField name="venueAddress" label={t("fieldVenueAddress")} defaultValue={event.venueAddress} />
          <HostSelect members={members} defaultValue={event.hostOrganisationId ?? ""} />
          <TextField
            name="contactEmail"
            label={t("fieldContactEmail")}
            type="email"
            defaultValue={event.contactEmail}
          />
          <StockholmTimeField
            name="retainUntil"
            label={t("fieldRetainUntil")}
            hint={t("retainUntilHint")}
            value={event.retainUntil}
          />
          <Checkbox
            name="notifyRegistered"
            label={t("fieldNotifyRegistered")}
            hint={t("notifyRegisteredHint")}
          />
        </ActionForm>
      </section>
      <section aria-labelledby="activities-heading" className="stack">
        <h2 id="activities-heading">{t("activitiesSettings")}</h2>
        {activities.map((activity) => (
          <div key={activity.id} className="card stack stack--tight">
            <h3>{locale === "sv" ? activity.nameSv : activity.nameEn}</h3>
            <p className="meta">{t("confirmedNow", { count: activity.confirmed })}</p>
            <ActionForm
              action={saveActivitySettings.bind(null, { ...target, activityId: activity.id })}
              submitLabel={t("save")}
              variant="secondary"
            >
              <TextField
                name={`activities.${activity.id}.nameSv`}
                label={t("fieldNameSv")}
                defaultValue={activity.nameSv}
              />
              <TextField
                name={`activities.${activity.id}.nameEn`}
                label={t("fieldNameEn")}
                defaultValue={activity.nameEn}
              />
              <TextField
                name={`activities.${activity.id}.placeSv`}
                label={t("fieldPlaceSv")}
                defaultValue={activity.placeSv}
              />
              <TextField
                name={`activities.${activity.id}.placeEn`}
                label={t("fieldPlaceEn")}
                defaultValue={activity.placeEn}
              />
              <StockholmTimeField
                name={`activities.${activity.id}.startsAt`}
                label={t("fieldStarts")}
                hint={t("timesHint")}
                value={activity.startsAt}
              />
              <StockholmTimeField
                name={`activities.${activity.id}.endsAt`}
                label={t("fieldEnds")}
                hint={t("timesHint")}
                value={activity.endsAt}
              />
              <StockholmTimeField
                name={`activities.${activity.id}.signupClosesAt`}
                label={t("fieldSignupCloses")}
                hint={t("signupClosesHint")}
                value={activity.signupClosesAt}
              />
              <TextField
                name={`activities.${activity.id}.capacity`}
                label={t("fieldCapacity")}
                hint={t("capacityHint")}
                inputMode="numeric"
                width="short"
                defaultValue={activity.capacity === null ? "" : String(activity.capacity)}
              />
              <Checkbox
                name={`activities.${activity.id}.waitlistEnabled`}
                label={t("fieldWaitlist")}
                defaultChecked={activity.waitlistEnabled}
              />
              <Checkbox name={`activities.${activity.id}.overrideCapacity`} label={t("fieldOverride")} />
            </ActionForm>
          </div>
        ))}
      </section>
      <section aria-labelledby="privacy-heading" className="stack stack--tight">
        <h2 id="privacy-heading">{t("privacyHeading")}</h2>
        {event.anonymisedAt ? (
          <p>{t("retentionDone", { date: event.anonymisedAt })}</p>
        ) : (
          <>
            <p>{t("retentionPlanned", { date: event.retainUntil })}</p>
            <p>
              <Link href={`/admin/events/${slug}/settings/anonymise`}>{t("anonymiseNow")}</Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
