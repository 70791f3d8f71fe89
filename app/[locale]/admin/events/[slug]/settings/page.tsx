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
import {
  addActivityAction,
  saveActivitySettings,
  saveEventPlace,
  saveEventSettings,
  saveEventThemes,
} from "../actions";
import { MAX_THEMES } from "@/lib/validation/event-themes";
import { ActivityFields } from "@/components/admin/activity-fields";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ done?: string; told?: string; logo?: string }>;
};

export const generateMetadata = adminMetadata("settingsTitle");

export default async function SettingsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { done, told, logo } = await searchParams;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const { event, activities, members, logoUrl, themes } = await loadOrNotFound(getEventSettings(staff, slug));
  const [t, tv] = await Promise.all([getTranslations("admin"), getTranslations("validation")]);
  const logoNotice =
    logo === "saved" || logo === "removed"
      ? { ok: true, text: t(logo === "saved" ? "logoSaved" : "logoRemoved") }
      : logo === "logoMissing" || logo === "logoTooLarge" || logo === "logoType"
        ? { ok: false, text: tv(logo, { max: 512 }) }
        : logo === "eventArchived"
          ? { ok: false, text: t("logoArchived") }
          : logo
            ? { ok: false, text: t("logoFailed") }
            : null;
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
      {event.status === "archived" && <p className="notice">{t("eventArchivedNotice")}</p>}
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
      <section aria-labelledby="themes-heading" className="stack">
        <h2 id="themes-heading">{t("themesHeading")}</h2>
        <p>{t("themesIntro")}</p>
        <ActionForm action={saveEventThemes.bind(null, target)} submitLabel={t("save")}>
          {[...themes, { titleSv: "", titleEn: "", textSv: "", textEn: "" }]
            .slice(0, MAX_THEMES + 1)
            .map((theme, index) => (
              <fieldset key={index} className="fieldset">
                <legend className="fieldset__legend fieldset__legend--s">
                  {index < themes.length ? t("themeNumber", { number: index + 1 }) : t("newTheme")}
                </legend>
                <div className="stack">
                  <TextField
                    name={`themes.${index}.titleSv`}
                    label={t("fieldThemeTitleSv")}
                    defaultValue={theme.titleSv}
                  />
                  <TextField
                    name={`themes.${index}.titleEn`}
                    label={t("fieldThemeTitleEn")}
                    defaultValue={theme.titleEn}
                  />
                  <TextArea
                    name={`themes.${index}.textSv`}
                    label={t("fieldThemeTextSv")}
                    defaultValue={theme.textSv}
                  />
                  <TextArea
                    name={`themes.${index}.textEn`}
                    label={t("fieldThemeTextEn")}
                    defaultValue={theme.textEn}
                  />
                </div>
              </fieldset>
            ))}
        </ActionForm>
      </section>
      <section aria-labelledby="programme-points-heading" className="stack stack--tight">
        <h2 id="programme-points-heading">{t("programmeTitle")}</h2>
        <p>
          <Link href={`/admin/events/${slug}/settings/programme`}>{t("programmeLink")}</Link>
        </p>
        <p>
          <Link href={`/admin/events/${slug}/settings/questions`}>{t("meetingQuestionsLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="logo-heading" className="stack stack--tight">
        <h2 id="logo-heading">{t("logoHeading")}</h2>
        <p>{t("logoIntro")}</p>
        {logoNotice &&
          (logoNotice.ok ? (
            <p className="notice notice--success" role="status">
              {logoNotice.text}
            </p>
          ) : (
            <div className="error-summary" role="alert" tabIndex={-1}>
              <a href="#logo-file">{logoNotice.text}</a>
            </div>
          ))}
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- the logo staff uploaded, served as stored
          <img className="hero__logo" src={logoUrl} alt={t("logoCurrent")} height={56} />
        ) : (
          <p className="meta">{t("logoNone")}</p>
        )}
        <form
          method="post"
          action={`/api/admin/events/${slug}/logo?locale=${locale}`}
          encType="multipart/form-data"
          className="stack stack--tight"
        >
          <div className={`field${logoNotice && !logoNotice.ok ? " field--error" : ""}`}>
            <label htmlFor="logo-file" className="field__label">
              {t("logoFile")}
            </label>
            <input
              id="logo-file"
              name="logo"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              className="input"
              aria-invalid={logoNotice && !logoNotice.ok ? true : undefined}
            />
          </div>
          <div>
            <button type="submit" className="button button--primary">
              {t("logoUpload")}
            </button>
          </div>
        </form>
        {logoUrl && (
          <form
            method="post"
            action={`/api/admin/events/${slug}/logo?locale=${locale}`}
            encType="multipart/form-data"
          >
            <input type="hidden" name="intent" value="remove" />
            <button type="submit" className="button button--secondary">
              {t("logoRemove")}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="activities-heading" className="stack">
        <h2 id="activities-heading">{t("activitiesSettings")}</h2>
        {(done === "activity-added" || done === "activity-deleted") && (
          <p className="notice notice--success" role="status">
            {t(done === "activity-added" ? "activityAdded" : "activityDeleted")}
          </p>
        )}
        {done === "activity-cancelled" && (
          <p className="notice notice--success" role="status">
            {t("activityCancelledNotice", { count: /^\d{1,5}$/.test(told ?? "") ? Number(told) : 0 })}
          </p>
        )}
        {activities.map((activity) => (
          <div key={activity.id} className="card stack stack--tight">
            <h3>{locale === "sv" ? activity.nameSv : activity.nameEn}</h3>
            {activity.cancelledAt ? (
              <p className="status status--missing">
                {t("activityCancelledAt", { at: activity.cancelledAt })}
              </p>
            ) : (
              <>
                <p className="meta">{t("confirmedNow", { count: activity.confirmed })}</p>
                <ActionForm
                  action={saveActivitySettings.bind(null, { ...target, activityId: activity.id })}
                  submitLabel={t("save")}
                  variant="secondary"
                >
                  <ActivityFields prefix={`activities.${activity.id}.`} values={activity} />
                  <Checkbox name={`activities.${activity.id}.overrideCapacity`} label={t("fieldOverride")} />
                </ActionForm>
                <p>
                  <Link href={`/admin/events/${slug}/settings/activities/${activity.id}/questions`}>
                    {t("questionsLink")}
                    <span className="visually-hidden">
                      {" "}
                      – {locale === "sv" ? activity.nameSv : activity.nameEn}
                    </span>
                  </Link>
                </p>
                <p>
                  <Link href={`/admin/events/${slug}/settings/activities/${activity.id}/remove`}>
                    {t("removeActivity")}
                    <span className="visually-hidden">
                      {" "}
                      – {locale === "sv" ? activity.nameSv : activity.nameEn}
                    </span>
                  </Link>
                </p>
              </>
            )}
          </div>
        ))}
        <section aria-labelledby="add-activity-heading" className="card stack stack--tight">
          <h3 id="add-activity-heading">{t("addActivity")}</h3>
          <ActionForm action={addActivityAction.bind(null, target)} submitLabel={t("addActivity")}>
            <ActivityFields prefix="newActivity." />
          </ActionForm>
        </section>
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
