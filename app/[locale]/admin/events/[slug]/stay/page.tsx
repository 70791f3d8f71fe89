import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { Checkbox, TextField } from "@/components/ui/fields";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { getStayOverview } from "@/lib/stay/get-stay-overview";
import { addHotelAction, removeHotelAction } from "./actions";
import { dayAsDate } from "@/lib/i18n/stockholm-time";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ added?: string; removed?: string }>;
};

export const generateMetadata = adminMetadata("stayTitle");

/** Hotels and travel: rooms left per night, the rooming lists and the transport list. */
export default async function StayPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { added, removed } = await searchParams;
  setRequestLocale(locale);
  const overview = await loadOrNotFound(getStayOverview(await requireStaffPage(locale), slug));
  const [t, format] = await Promise.all([getTranslations("stay"), getFormatter()]);
  const night = (value: string) =>
    format.dateTime(dayAsDate(value), { weekday: "short", day: "numeric", month: "short" });
  const exportHref = (kind: "rooming-list" | "transport", type: "xlsx" | "pdf", hotel?: string) =>
    `/api/admin/events/${slug}/exports/${kind}?${new URLSearchParams({ format: type, locale, ...(hotel ? { hotel } : {}) })}`;
  const isAdmin = overview.role === "admin";
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {(added || removed) && (
        <div className="notice notice--success" role="status">
          {added ? t("added") : t("removed")}
        </div>
      )}
      <section aria-labelledby="hotels-heading" className="stack">
        <h2 id="hotels-heading">{t("hotelsHeading")}</h2>
        {overview.hotels.length === 0 ? (
          <p className="empty-state">{t("noHotels")}</p>
        ) : (
          overview.hotels.map((hotel) => (
            <section key={hotel.id} aria-labelledby={`hotel-${hotel.id}`} className="card stack stack--tight">
              <h3 id={`hotel-${hotel.id}`} className="heading-m">
                {hotel.name}
              </h3>
              <p className="meta">
                {[hotel.address, locale === "en" ? hotel.priceEn : hotel.priceSv].filter(Boolean).join(" · ")}
              </p>
              <p>
                {hotel.releaseAt > new Date()
                  ? t("releases", {
                      at: format.dateTime(hotel.releaseAt, { dateStyle: "long", timeStyle: "short" }),
                    })
                  : t("released", {
                      at: format.dateTime(hotel.releaseAt, { dateStyle: "long", timeStyle: "short" }),
                    })}
              </p>
              <div className="table-scroll">
                <table className="table">
                  <caption className="visually-hidden">{t("roomsCaption", { hotel: hotel.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("night")}</th>
                      <th scope="col" className="numeric">
                        {t("rooms")}
                      </th>
                      <th scope="col" className="numeric">
                        {t("booked")}
                      </th>
                      <th scope="col" className="numeric">
                        {t("left")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {hotel.nights.map((row) => (
                      <tr key={row.night}>
                        <th scope="row">{night(row.night)}</th>
                        <td className="numeric">{row.rooms}</td>
                        <td className="numeric">{row.booked}</td>
                        <td className="numeric">{row.left}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <ul className="action-list">
                {(["xlsx", "pdf"] as const).map((type) => (
                  <li key={type}>
                    <a href={exportHref("rooming-list", type, hotel.id)} download>
                      {t("roomingListFor", { hotel: hotel.name })} ({t(`format.${type}`)})
                    </a>
                  </li>
                ))}
              </ul>
              {isAdmin && (
                <ActionForm
                  action={removeHotelAction.bind(null, { locale, slug, hotelId: hotel.id })}
                  submitLabel={t("remove")}
                  variant="warning"
                >
                  <Checkbox name="confirm" label={t("removeConfirm", { hotel: hotel.name })} />
                </ActionForm>
              )}
            </section>
          ))
        )}
      </section>
      <section aria-labelledby="lists-heading" className="stack stack--tight">
        <h2 id="lists-heading">{t("listsHeading")}</h2>
        <p>{t("travelling", { count: overview.travelling })}</p>
        <ul className="action-list">
          {(["xlsx", "pdf"] as const).map((type) => (
            <li key={`rooming-${type}`}>
              <a href={exportHref("rooming-list", type)} download>
                {t("roomingListAll")} ({t(`format.${type}`)})
              </a>
            </li>
          ))}
          {(["xlsx", "pdf"] as const).map((type) => (
            <li key={`transport-${type}`}>
              <a href={exportHref("transport", type)} download>
                {t("transportList")} ({t(`format.${type}`)})
              </a>
            </li>
          ))}
        </ul>
      </section>
      {isAdmin && (
        <section aria-labelledby="add-heading" className="card stack">
          <h2 id="add-heading">{t("addHeading")}</h2>
          <ActionForm
            action={addHotelAction.bind(null, { locale, slug, nights: overview.nights })}
            submitLabel={t("add")}
          >
            <TextField name="name" label={t("name")} />
            <TextField name="address" label={t("address")} />
            <TextField name="priceSv" label={t("priceSv")} hint={t("priceHint")} />
            <TextField name="priceEn" label={t("priceEn")} />
            <TextField
              name="releaseAt"
              type="datetime-local"
              width="medium"
              label={t("releaseAt")}
              hint={t("releaseHint")}
            />
            <fieldset className="fieldset">
              <legend className="fieldset__legend fieldset__legend--s">{t("roomsPerNight")}</legend>
              {overview.nights.map((value) => (
                <TextField
                  key={value}
                  name={`rooms-${value}`}
                  label={night(value)}
                  inputMode="numeric"
                  width="short"
                />
              ))}
            </fieldset>
          </ActionForm>
        </section>
      )}
    </div>
  );
}
