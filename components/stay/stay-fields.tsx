import { useFormatter, useTranslations } from "next-intl";
import { ChoiceGroup, Select, TextField } from "@/components/ui/fields";
import type { StayHotelOption, StayValues } from "@/lib/stay/stay-values";
import { TRAVEL_MODES } from "@/lib/stay/stay-values";
import { dayAsDate } from "@/lib/i18n/stockholm-time";

/**
 * A person's hotel and nights in the meeting's room block, and their arrival and departure: one
 * set of fields for the registration form (per delegate, `prefix` "delegates.0.stay.") and the
 * private link's stay page (no prefix). Renders on the server and the client alike.
 */
export function StayFields({
  prefix,
  values,
  hotels,
  nights,
  errors = {},
  legendSize = "m",
}: {
  prefix: string;
  values: StayValues;
  hotels: StayHotelOption[];
  /** The nights offered, each by its evening's date ("2027-04-24"). */
  nights: string[];
  errors?: Record<string, string>;
  legendSize?: "s" | "m";
}) {
  const t = useTranslations("stay");
  const format = useFormatter();
  const night = (value: string) =>
    format.dateTime(dayAsDate(value), { weekday: "long", day: "numeric", month: "long" });
  const modes = TRAVEL_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }));
  return (
    <div className="stack">
      {hotels.length > 0 && (
        <>
          <ChoiceGroup
            name={`${prefix}hotelId`}
            legend={t("hotel")}
            legendSize={legendSize}
            type="radio"
            selected={[values.hotelId]}
            error={errors[`${prefix}hotelId`]}
            choices={[
              { value: "", label: t("noHotel") },
              ...hotels.map((hotel) => ({
                value: hotel.id,
                label: t("hotelOption", { hotel: hotel.name, price: hotel.price }),
                hint: [hotel.address, hotel.released ? t("releasedNote") : null].filter(Boolean).join(" · "),
              })),
            ]}
          />
          <ChoiceGroup
            name={`${prefix}nights`}
            legend={t("nights")}
            legendSize={legendSize}
            type="checkbox"
            selected={values.nights}
            error={errors[`${prefix}nights`]}
            choices={nights.map((value) => ({
              value,
              label: t("nightOption", { night: night(value) }),
              hint: hotels
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
      {(["arrival", "departure"] as const).map((leg) => (
        <fieldset key={leg} className="fieldset">
          <legend className={`fieldset__legend fieldset__legend--${legendSize}`}>{t(leg)}</legend>
          <div className="stack">
            <TextField
              name={`${prefix}${leg}At`}
              type="datetime-local"
              width="medium"
              label={t(`${leg}At`)}
              defaultValue={values[`${leg}At`]}
              error={errors[`${prefix}${leg}At`]}
            />
            <Select
              name={`${prefix}${leg}Mode`}
              label={t("mode")}
              placeholder={t("chooseMode")}
              options={modes}
              defaultValue={values[`${leg}Mode`]}
              error={errors[`${prefix}${leg}Mode`]}
            />
            <TextField
              name={`${prefix}${leg}Details`}
              label={t("details")}
              width="medium"
              defaultValue={values[`${leg}Details`]}
              error={errors[`${prefix}${leg}Details`]}
            />
          </div>
        </fieldset>
      ))}
    </div>
  );
}
