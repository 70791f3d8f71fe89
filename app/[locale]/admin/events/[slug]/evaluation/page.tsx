import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { getEvaluationSummary } from "@/lib/evaluations/get-evaluation-summary";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { sendEvaluationAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ sent?: string }>;
};

export const generateMetadata = adminMetadata("evaluationTitle");

/** The evaluation: sent to those checked in, answered anonymously, summed up per theme with charts. */
export default async function EvaluationSummaryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { sent } = await searchParams;
  setRequestLocale(locale);
  const summary = await loadOrNotFound(getEvaluationSummary(await requireStaffPage(locale), slug));
  const [t, te, format] = await Promise.all([
    getTranslations("evaluation"),
    getTranslations("exports"),
    getFormatter(),
  ]);
  const exportHref = (kind: "xlsx" | "csv" | "pdf") =>
    `/api/admin/events/${slug}/exports/evaluation?${new URLSearchParams({ format: kind, locale })}`;
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p>{t("staffIntro")}</p>
      {sent && /^\d{1,5}$/.test(sent) && (
        <div className="notice notice--success" role="status">
          {t("sent", { count: Number(sent) })}
        </div>
      )}
      <p className="lead">
        {t("rate", { responses: summary.responses, invites: summary.invites, checkedIn: summary.checkedIn })}
      </p>
      {summary.role !== "viewer" && (
        <section aria-labelledby="send-heading" className="card stack stack--tight">
          <h2 id="send-heading" className="heading-m">
            {t("sendHeading")}
          </h2>
          <p>{summary.started ? t("sendIntro") : t("sendLater")}</p>
          {summary.started && (
            <ActionForm
              action={sendEvaluationAction.bind(null, { locale, slug })}
              submitLabel={t("send")}
              variant="secondary"
            >
              {null}
            </ActionForm>
          )}
        </section>
      )}
      <section aria-labelledby="themes-heading" className="stack">
        <h2 id="themes-heading">{t("themesHeading")}</h2>
        {summary.responses === 0 ? (
          <p className="empty-state">{t("noAnswers")}</p>
        ) : (
          summary.themes.map((theme, index) => {
            const most = Math.max(1, ...theme.counts);
            const title = localised({ sv: theme.titleSv, en: theme.titleEn }, locale);
            return (
              <figure key={theme.titleSv} className="bar-chart" aria-labelledby={`theme-${index}`}>
                <figcaption id={`theme-${index}`}>
                  <strong>{title}</strong>{" "}
                  <span className="meta">
                    {theme.average === null
                      ? t("noRatings")
                      : t("average", {
                          average: format.number(theme.average, { maximumFractionDigits: 1 }),
                          count: theme.answered,
                        })}
                  </span>
                </figcaption>
                <ol>
                  {theme.counts.map((count, rating) => (
                    <li key={rating}>
                      <span className="bar-chart__label">{t(`scale.${(rating + 1) as 1}`)}</span>
                      <span
                        className="bar-chart__bar"
                        style={{ width: `${(count / most) * 100}%` }}
                        aria-hidden="true"
                      />
                      <span className="bar-chart__value">{count}</span>
                    </li>
                  ))}
                </ol>
              </figure>
            );
          })
        )}
      </section>
      <section aria-labelledby="comments-heading" className="stack stack--tight">
        <h2 id="comments-heading">{t("commentsHeading")}</h2>
        {summary.comments.length === 0 ? (
          <p className="empty-state">{t("noComments")}</p>
        ) : (
          <ul className="card-list">
            {summary.comments.map((comment, index) => (
              <li key={index} className="card">
                {comment}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ul className="action-list">
        {(["xlsx", "csv", "pdf"] as const).map((kind) => (
          <li key={kind}>
            <a href={exportHref(kind)} download>
              {te(`formatLink.${kind}`)}
              <span className="visually-hidden"> – {t("title")}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
