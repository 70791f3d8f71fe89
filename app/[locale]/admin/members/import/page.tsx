import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOrganisationRegister } from "@/lib/organisations/list-organisation-register";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ error?: string }> };

export const generateMetadata = adminMetadata("importTitle");

const KNOWN_ERRORS = [
  "importFileType",
  "importEmpty",
  "importTooManyRows",
  "importColumns",
  "importGone",
] as const;

export default async function ImportRegisterPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { error } = await searchParams;
  setRequestLocale(locale);
  // The register's own check: association administrators only.
  await loadOrNotFound(listOrganisationRegister(await requireStaffPage(locale)));
  const [t, tv] = await Promise.all([getTranslations("admin"), getTranslations("validation")]);
  const known = KNOWN_ERRORS.find((code) => code === error);
  const message = known ? tv(known, { max: 500 }) : error ? t("importFailed") : null;
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href="/admin/members">{t("registerTitle")}</Link>
      </p>
      <h1>{t("importTitle")}</h1>
      <p>{t("importIntro")}</p>
      {message && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <a href="#import-file">{message}</a>
        </div>
      )}
      <form
        method="post"
        action={`/api/admin/members/import?locale=${locale}`}
        encType="multipart/form-data"
        className="stack"
      >
        <div className={`field${message ? " field--error" : ""}`}>
          <label htmlFor="import-file" className="field__label">
            {t("importFile")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="input"
            aria-invalid={message ? true : undefined}
          />
        </div>
        <div>
          <button type="submit" className="button button--primary">
            {t("importUpload")}
          </button>
        </div>
      </form>
    </div>
  );
}
