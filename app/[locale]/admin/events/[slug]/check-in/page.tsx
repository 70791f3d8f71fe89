import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { Select, TextField } from "@/components/ui/fields";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { CheckInCard } from "@/components/admin/check-in-card";
import { QrScanner } from "@/components/admin/qr-scanner";
import { CheckInCodeForm } from "@/components/admin/check-in-code-form";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { getCheckInView } from "@/lib/check-in/get-check-in-view";
import { canStillUndo } from "@/lib/check-in/check-in-scope";
import { Link } from "@/components/ui/localised-link";
import type { AppLocale } from "@/lib/i18n/routing";
import { checkInByCode, checkInById, undoCheckInAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{
    scope?: string;
    q?: string;
    attendee?: string;
    code?: string;
    result?: string;
    at?: string;
  }>;
};

export const generateMetadata = adminMetadata("checkInTitle");

const uuid = /^[0-9a-f-]{36}$/i;

export default async function CheckInPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const search = await searchParams;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const scope = /^[a-z0-9-]{1,50}$/.test(search.scope ?? "") ? search.scope! : "";
  const view = await loadOrNotFound(
    getCheckInView(staff, slug, {
      scope: scope || null,
      query: search.q?.slice(0, 100),
      attendeeId: uuid.test(search.attendee ?? "") ? search.attendee : undefined,
      code: search.code?.slice(0, 100),
    }),
  );
  const t = await getTranslations("admin");
  const target = { locale, slug, scope };
  const name = (item: { nameSv: string; nameEn: string }) => (locale === "sv" ? item.nameSv : item.nameEn);
  const card = view.card;
  const undoable =
    card &&
    search.result === "new" &&
    card.checkedInAt &&
    search.at === card.checkedInAt.toISOString() &&
    canStillUndo(card.checkedInAt);
  const pageHref = (query: Record<string, string>) =>
    `/admin/events/${slug}/check-in?${new URLSearchParams({ ...(scope ? { scope } : {}), ...query })}`;
  return (
    <div className="container container--narrow stack">
      <AutoRefresh seconds={10} />
      <h1>{view.activity ? `${t("checkInTitle")}: ${name(view.activity)}` : t("checkInTitle")}</h1>
      <form method="get" className="inline-form">
        <Select
          name="scope"
          label={t("checkInScope")}
          placeholder={t("checkInEntrance")}
          defaultValue={scope}
          options={view.activities.map((activity) => ({ value: activity.key, label: name(activity) }))}
        />
        <button type="submit" className="button button--secondary">
          {t("checkInShow")}
        </button>
      </form>
      <p className="check-in-count" aria-label={t("checkInCountLabel")}>
        {t("checkInCount", view.counts)}
      </p>
      {view.cardCodeInvalid && (
        <div className="error-summary" role="alert">
          <p>{t("cardCodeInvalid")}</p>
        </div>
      )}
      {card && (
        <CheckInCard
          card={card}
          locale={locale}
          result={search.result}
          badgeHref={`/api/admin/events/${slug}/badges?${new URLSearchParams({ locale, attendee: card.id })}`}
          checkIn={checkInById.bind(null, { ...target, attendeeId: card.id })}
          undo={
            undoable
              ? undoCheckInAction.bind(null, {
                  ...target,
                  attendeeId: card.id,
                  checkedInAt: card.checkedInAt!.toISOString(),
                })
              : null
          }
        />
      )}
      <section aria-labelledby="scan-heading" className="stack stack--tight">
        <h2 id="scan-heading">{t("scanHeading")}</h2>
        <CheckInCodeForm
          action={checkInByCode.bind(null, target)}
          slug={slug}
          scope={scope || null}
          submitLabel={t("checkInButton")}
        >
          <QrScanner />
          <TextField name="code" label={t("codeLabel")} hint={t("codeHint")} autoComplete="off" verbatim />
        </CheckInCodeForm>
      </section>
      <section aria-labelledby="search-heading" className="stack stack--tight">
        <h2 id="search-heading">{t("searchHeading")}</h2>
        <form method="get" role="search" className="inline-form">
          {scope && <input type="hidden" name="scope" value={scope} />}
          <TextField
            name="q"
            type="search"
            label={t("searchLabel")}
            defaultValue={view.query}
            autoComplete="off"
          />
          <button type="submit" className="button button--secondary">
            {t("searchButton")}
          </button>
        </form>
        {view.query &&
          (view.results.length === 0 ? (
            <p className="empty-state">{t("searchEmpty", { query: view.query })}</p>
          ) : (
            <>
              <p className="meta">{t("searchCount", { count: view.results.length })}</p>
              <ul className="check-in-results">
                {view.results.map((row) => (
                  <li key={row.id}>
                    <Link href={pageHref({ attendee: row.id, q: view.query })}>{row.name}</Link>
                    <span className="meta"> {[row.title, row.organisation].filter(Boolean).join(", ")}</span>
                    <span className="check-in-results__status">
                      {row.cancelled
                        ? t("cancelled")
                        : row.notConfirmed
                          ? t("notConfirmedHere")
                          : row.checkedInAt
                            ? t("checkedInAtShort", { at: row.checkedInAt })
                            : t("notCheckedInYet")}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ))}
      </section>
      {/* Below the card and the scanner, so the check-in button stays in view on a phone. */}
      <p>
        <Link href={`/admin/events/${slug}/check-in/walk-in`}>{t("walkInLink")}</Link>
      </p>
    </div>
  );
}
