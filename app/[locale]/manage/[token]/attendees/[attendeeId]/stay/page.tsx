import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import { ChoiceGroup, Select, TextField } from "@/components/ui/fields";
import { Link } from "@/components/ui/localised-link";
import { toStockholmLocal } from "@/lib/i18n/stockholm-time";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadManageView } from "@/lib/pages/load-manage-view";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import { getAttendeeStay } from "@/lib/stay/get-attendee-stay";
import { saveStay } from "../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; token: string; attendeeId: string }> };

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

const MODES = ["flight", "train", "car", "bus", "other"] as const;

/** A person's hotel, nights and travel, through the contact's link or their own. */
export default async function StayFormPage({ params }: Props) {
  const { locale, token, attendeeId } = await params;
  setRequestLocale(locale);
  const loaded = await loadManageView(token, attendeeId);
  if (!loaded.ok) return <TooManyAttempts minutes={loaded.retryAfterMinutes} />;
  const [t, tm, tx, format, stay] = await Promise.all([
    getTranslations("stay"),
    getTranslations("manage"),
    getTranslations("exports.travelModes"),
    getFormatter(),
    getAttendeeStay(loaded.view.access, attendeeId),
  ]);
  const night = (value: string) =>
    format.dateTime(new Date(`${value}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long" });
  const now = new Date();
  const modes = MODES.map((mode) => ({ value: mode, label: tx(mode) }));
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/manage/${token}`}>{tm("backToOverview")}</Link>
      </p>
      <h1>{t("manageTitle", { name: stay.name })}</h1>
      <p>{t("manageIntro")}</p>
      {!loaded.view.canChange ? (
        <p>{tm("deadlinePassed", { email: loaded.view.event.contactEmail })}</p>
      ) : (
        <ActionForm action={saveStay.bind(null, { locale, token, attendeeId })} submitLabel={t("save")}>
          {stay.hotels.length > 0 && (
            <>
              <ChoiceGroup
                name="hotelId"
                legend={t("hotel")}
                type="radio"
                selected={[stay.stay?.hotelId ?? ""]}
                choices={[
                  { value: "", label: t("noHotel") },
                  ...stay.hotels.map((hotel) => ({
                    value: hotel.id,
                    label: t("hotelOption", {
                      hotel: hotel.name,
                      price: locale === "en" ? hotel.priceEn : hotel.priceSv,
                    }),
                    hint: [hotel.address, hotel.releaseAt <= now ? t("releasedNote") : null]
                      .filter(Boolean)
                      .join(" · "),
                  })),
                ]}
              />
              <ChoiceGroup
                name="nights"
                legend={t("nights")}
                type="checkbox"
                selected={stay.stay?.nights ?? []}
                choices={stay.nights.map((value) => ({
                  value,
                  label: t("nightOption", { night: night(value) }),
                  hint: stay.hotels
                    .map((hotel) =>
                      t("leftAt", {
                        hotel: hotel.name,
                        left: hotel.nights.find((row) => row.night === value)?.left ?? 0,
                      }),
                    )
                    .join(" · "),
                }))}
              />
            </>
          )}
          {(["arrival", "departure"] as const).map((leg) => {
            const at = stay.stay?.[`${leg}At`];
            return (
              <fieldset key={leg} className="fieldset">
                <legend className="fieldset__legend fieldset__legend--m">{t(leg)}</legend>
                <TextField
                  name={`${leg}At`}
                  type="datetime-local"
                  width="medium"
                  label={t(`${leg}At`)}
                  defaultValue={at ? toStockholmLocal(at) : ""}
                />
                <Select
                  name={`${leg}Mode`}
                  label={t("mode")}
                  placeholder={t("chooseMode")}
                  options={modes}
                  defaultValue={stay.stay?.[`${leg}Mode`] ?? ""}
                />
                <TextField
                  name={`${leg}Details`}
                  label={t("details")}
                  width="medium"
                  defaultValue={stay.stay?.[`${leg}Details`] ?? ""}
                />
              </fieldset>
            );
          })}
        </ActionForm>
      )}
    </div>
  );
}
