import { getTranslations } from "next-intl/server";
import type {
  listParticipants,
  ParticipantQuery,
  participantFilterOptions,
} from "@/lib/admin/list-participants";
import { Link } from "@/components/ui/localised-link";
import type { AppLocale } from "@/lib/i18n/routing";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";

type Props = {
  slug: string;
  locale: AppLocale;
  query: ParticipantQuery;
  result: Awaited<ReturnType<typeof listParticipants>>;
  options: Awaited<ReturnType<typeof participantFilterOptions>>;
};

function SelectFilter({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
  any?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`} className="field__label">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="input">
        {any && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search, filters (a plain GET form, so it works without JavaScript), the table and its pages. */
export async function ParticipantTable({ slug, locale, query, result, options }: Props) {
  const t = await getTranslations("admin");
  const td = await getTranslations("registerForm.diets");
  const text = (value: { sv: string; en: string }) => value[locale];
  const pageHref = (page: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, page: String(page) }).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
      ),
    );
    return `/admin/events/${slug}/participants?${params}`;
  };
  const filtered = Boolean(
    query.organisation || query.activity || query.diet || query.checkedIn || query.status !== "active",
  );
  return (
    <div className="container stack">
      <h1>{t("participantsTitle")}</h1>
      <p>
        <Link href={`/events/${slug}/register`} className="button button--secondary">
          {t("registerOnBehalf")}
        </Link>{" "}
        <span className="meta">{t("registerOnBehalfHint")}</span>
      </p>
      <form method="get" className="stack" role="search">
        <div className="field">
          <label htmlFor="filter-q" className="field__label">
            {t("search")}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={query.q} className="input" />
        </div>
        {/* Folded away until wanted (open when a filter is in use), so a phone shows the list first. */}
        <details className="filters-panel" open={filtered}>
          <summary>{t("filtersSummary")}</summary>
          <div className="filters">
            <SelectFilter
              name="organisation"
              label={t("filterOrganisation")}
              any={t("any")}
              value={query.organisation}
              options={options.organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
            <SelectFilter
              name="activity"
              label={t("filterActivity")}
              any={t("any")}
              value={query.activity}
              options={options.activities.map((a) => ({
                value: a.id,
                label: locale === "sv" ? a.nameSv : a.nameEn,
              }))}
            />
            <SelectFilter
              name="diet"
              label={t("filterDiet")}
              any={t("any")}
              value={query.diet}
              options={DIET_CHOICES.map((diet) => ({ value: diet, label: td(diet) }))}
            />
            <SelectFilter
              name="checkedIn"
              label={t("filterCheckedIn")}
              any={t("any")}
              value={query.checkedIn}
              options={[
                { value: "yes", label: t("checkedIn") },
                { value: "no", label: t("notCheckedIn") },
              ]}
            />
            <SelectFilter
              name="status"
              label={t("filterStatus")}
              value={query.status}
              options={[
                { value: "active", label: t("statusActive") },
                { value: "cancelled", label: t("statusCancelled") },
                { value: "all", label: t("statusAll") },
              ]}
            />
            <SelectFilter
              name="sort"
              label={t("sortBy")}
              value={query.sort}
              options={[
                { value: "name", label: t("sortName") },
                { value: "organisation", label: t("sortOrganisation") },
                { value: "registered", label: t("sortRegistered") },
              ]}
            />
          </div>
        </details>
        <div>
          <button type="submit" className="button button--primary">
            {t("apply")}
          </button>
        </div>
      </form>
      <p role="status">{t("count", { total: result.total })}</p>
      {result.rows.length === 0 ? (
        <p className="empty-state">{t("noParticipants")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t("participantsTitle")}>
          <table className="table table--cards">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("organisation")}</th>
                <th scope="col">{t("programme")}</th>
                <th scope="col">{t("filterStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link href={`/admin/events/${slug}/participants/${row.id}`}>{row.name}</Link>
                    <br />
                    <span className="meta">{row.email}</span>
                  </th>
                  <td data-label={t("organisation")}>{row.organisation}</td>
                  <td data-label={t("programme")}>
                    {row.signups
                      .map(
                        (signup) =>
                          text(signup.name) +
                          (signup.status === "waitlisted" || signup.status === "pending"
                            ? ` (${t(signup.status)})`
                            : ""),
                      )
                      .join(", ")}
                  </td>
                  <td data-label={t("filterStatus")}>
                    {row.status === "cancelled"
                      ? t("cancelled")
                      : row.checkedIn
                        ? t("checkedIn")
                        : t("personActive")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pagination" aria-label={t("pageOf", { page: result.page, pages: result.pages })}>
        {result.page > 1 && <Link href={pageHref(result.page - 1)}>{t("previous")}</Link>}
        <span>{t("pageOf", { page: result.page, pages: result.pages })}</span>
        {result.page < result.pages && <Link href={pageHref(result.page + 1)}>{t("next")}</Link>}
      </nav>
    </div>
  );
}
