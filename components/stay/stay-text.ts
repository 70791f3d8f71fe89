import type { getFormatter, getTranslations } from "next-intl/server";

type Translate = Awaited<ReturnType<typeof getTranslations<"stay">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

export type StayText = {
  hotel: string | null;
  nights: string[];
  arrivalAt: Date | null;
  arrivalMode: string | null;
  arrivalDetails: string;
  departureAt: Date | null;
  departureMode: string | null;
  departureDetails: string;
};

/** A person's stay in one sentence: hotel and nights, then arrival and departure. */
export function stayText(t: Translate, format: Format, stay: StayText): string {
  const when = (at: Date) => format.dateTime(at, { dateStyle: "long", timeStyle: "short" });
  const leg = (at: Date | null, mode: string | null, details: string) =>
    at
      ? [when(at), mode ? t(`modes.${mode as "flight"}`) : null, details || null].filter(Boolean).join(", ")
      : "–";
  const hotel = stay.hotel
    ? t("summaryHotel", {
        hotel: stay.hotel,
        nights: stay.nights
          .map((night) => format.dateTime(new Date(`${night}T12:00:00Z`), { day: "numeric", month: "long" }))
          .join(", "),
      })
    : t("summaryNoHotel");
  const travel = t("summaryTravel", {
    arrival: leg(stay.arrivalAt, stay.arrivalMode, stay.arrivalDetails),
    departure: leg(stay.departureAt, stay.departureMode, stay.departureDetails),
  });
  return `${hotel} ${travel}`;
}
