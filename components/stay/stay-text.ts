import type { getFormatter, getTranslations } from "next-intl/server";
import type { StayRecord } from "@/lib/stay/stay-values";
import { dayAsDate } from "@/lib/i18n/stockholm-time";

type Translate = Awaited<ReturnType<typeof getTranslations<"stay">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** A stay with its hotel's name, or null for none through the meeting. */
export type StayText = StayRecord & { hotel: string | null };

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
          .map((night) => format.dateTime(dayAsDate(night), { day: "numeric", month: "long" }))
          .join(", "),
      })
    : t("summaryNoHotel");
  const travel = t("summaryTravel", {
    arrival: leg(stay.arrivalAt, stay.arrivalMode, stay.arrivalDetails),
    departure: leg(stay.departureAt, stay.departureMode, stay.departureDetails),
  });
  return `${hotel} ${travel}`;
}
