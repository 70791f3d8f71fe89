import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { Select, TextField } from "@/components/ui/fields";
import { Link } from "@/components/ui/localised-link";
import { getProgrammeSettings } from "@/lib/events/get-programme-settings";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { MAX_PROGRAMME_ITEMS, NEW_PROGRAMME_ROWS } from "@/lib/validation/programme";
import { saveProgramme } from "../../actions";
import { dayAsDate } from "@/lib/i18n/stockholm-time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const generateMetadata = adminMetadata("programmeTitle");

export default async function ProgrammeSettingsPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { status, days, items } = await loadOrNotFound(
    getProgrammeSettings(await requireStaffPage(locale), slug),
  );
  const t = await getTranslations("admin");
  const dayOptions = days.map((day) => ({
    value: day,
    label: t("programmeDay", { day: dayAsDate(day) }),
  }));
  const empty = { day: days[0] ?? "", startsAt: "", endsAt: "", titleSv: "", titleEn: "", speakers: "" };
  const rows = [...items, ...Array.from({ length: NEW_PROGRAMME_ROWS }, () => empty)].slice(
    0,
    MAX_PROGRAMME_ITEMS + NEW_PROGRAMME_ROWS,
  );
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/admin/events/${slug}/settings`}>{t("backToSettings")}</Link>
      </p>
      <h1>{t("programmeTitle")}</h1>
      <p>{t("programmeIntro")}</p>
      {status === "archived" && <p className="notice">{t("eventArchivedNotice")}</p>}
      {items.length === 0 && <p className="empty-state">{t("programmeEmpty")}</p>}
      <ActionForm action={saveProgramme.bind(null, { locale, slug })} submitLabel={t("save")}>
        {rows.map((row, index) => (
          // Keyed by content: after a save the points are sorted anew, and a field must not keep
          // the text of the point that stood in its place before.
          <fieldset key={`${index}:${row.day}:${row.startsAt}:${row.titleSv}`} className="fieldset">
            <legend className="fieldset__legend fieldset__legend--s">
              {index < items.length ? t("programmeItemNumber", { number: index + 1 }) : t("programmeNewItem")}
            </legend>
            <div className="stack">
              <Select
                name={`programme.${index}.day`}
                label={t("fieldProgrammeDay")}
                placeholder="–"
                options={dayOptions}
                defaultValue={row.day}
              />
              <TextField
                name={`programme.${index}.startsAt`}
                label={t("fieldProgrammeStarts")}
                hint={t("programmeTimeHint")}
                inputMode="numeric"
                width="short"
                defaultValue={row.startsAt}
              />
              <TextField
                name={`programme.${index}.endsAt`}
                label={t("fieldProgrammeEnds")}
                hint={t("programmeEndHint")}
                inputMode="numeric"
                width="short"
                defaultValue={row.endsAt}
              />
              <TextField
                name={`programme.${index}.titleSv`}
                label={t("fieldProgrammeTitleSv")}
                defaultValue={row.titleSv}
              />
              <TextField
                name={`programme.${index}.titleEn`}
                label={t("fieldProgrammeTitleEn")}
                defaultValue={row.titleEn}
              />
              <TextField
                name={`programme.${index}.speakers`}
                label={t("fieldProgrammeSpeakers")}
                hint={t("programmeSpeakersHint")}
                defaultValue={row.speakers}
              />
            </div>
          </fieldset>
        ))}
      </ActionForm>
    </div>
  );
}
