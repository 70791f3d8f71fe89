import { getFormatter, getTranslations } from "next-intl/server";
import type { StaySummary } from "@/lib/stay/list-stays";

/** Each person's hotel, nights and travel as given, for the private link's overview. */
export async function StaySummaryList({ stays }: { stays: StaySummary[] }) {
  const [t, tx, format] = await Promise.all([
    getTranslations("stay"),
    getTranslations("exports.travelModes"),
    getFormatter(),
  ]);
  const when = (at: Date) => format.dateTime(at, { dateStyle: "long", timeStyle: "short" });
  const leg = (at: Date | null, mode: string | null, details: string) =>
    at ? [when(at), mode ? tx(mode as "flight") : null, details || null].filter(Boolean).join(", ") : "–";
  return (
    <dl className="summary-list">
      {stays.map((stay) => (
        <div key={stay.attendeeId} className="summary-list__row">
          <dt>{stay.name}</dt>
          <dd>
            {stay.hotel
              ? t("summaryHotel", {
                  hotel: stay.hotel,
                  nights: stay.nights
                    .map((night) =>
                      format.dateTime(new Date(`${night}T12:00:00Z`), { day: "numeric", month: "long" }),
                    )
                    .join(", "),
                })
              : t("summaryNoHotel")}{" "}
            {t("summaryTravel", {
              arrival: leg(stay.arrivalAt, stay.arrivalMode, stay.arrivalDetails),
              departure: leg(stay.departureAt, stay.departureMode, stay.departureDetails),
            })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
