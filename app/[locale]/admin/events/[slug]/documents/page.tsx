import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { Checkbox, ChoiceGroup, Select, TextField, fieldId } from "@/components/ui/fields";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { getDocumentsOverview } from "@/lib/documents/read-meeting-documents";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/add-meeting-document";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { DOCUMENT_KINDS } from "@/lib/validation/meeting-document";
import { removeDocumentAction, saveNoticeSettingsAction } from "./actions";

export const dynamic = "force-dynamic";

type Query = Partial<
  Record<
    | "added"
    | "removed"
    | "notice"
    | "error"
    | "field"
    | "documentKind"
    | "titleSv"
    | "titleEn"
    | "publishedAt"
    | "documentVisibility",
    string
  >
>;
type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<Query> };

export const generateMetadata = adminMetadata("documentsTitle");

// Errors the upload route names in the address; anything else reads as a failed upload.
const UPLOAD_ERRORS = [
  "documentMissing",
  "documentTooLarge",
  "documentType",
  "documentsTooMany",
  "required",
  "tooLong",
  "invalid",
  "invalidCharacters",
] as const;
const UPLOAD_FIELDS = [
  "document",
  "documentKind",
  "titleSv",
  "titleEn",
  "publishedAt",
  "documentVisibility",
] as const;

/** The meeting's papers: upload with a publication date and audience, remove, and the notice's mailing. */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const overview = await loadOrNotFound(getDocumentsOverview(await requireStaffPage(locale), slug));
  const [t, tk, tv, tl, format] = await Promise.all([
    getTranslations("documents"),
    getTranslations("documents.kinds"),
    getTranslations("validation"),
    getTranslations("fieldLabels"),
    getFormatter(),
  ]);
  const isAdmin = overview.role === "admin";
  const errorCode = UPLOAD_ERRORS.find((code) => code === query.error);
  const errorField = UPLOAD_FIELDS.find((field) => field === query.field) ?? "document";
  const errorText = query.error
    ? errorCode
      ? `${tl(errorField)}: ${tv(errorCode, { max: errorCode === "documentsTooMany" ? 30 : MAX_DOCUMENT_BYTES / 1024 / 1024 })}`
      : t("uploadFailed")
    : null;
  const fieldError = (field: (typeof UPLOAD_FIELDS)[number]) =>
    errorText && errorField === field ? errorText : undefined;
  const { notice } = overview;
  const date = (at: Date) => format.dateTime(at, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {(query.added || query.removed || query.notice) && (
        <div className="notice notice--success" role="status">
          {query.added ? t("added") : query.removed ? t("removed") : t("noticeSaved")}
        </div>
      )}

      <section aria-labelledby="notice-heading" className="card stack stack--tight">
        <h2 id="notice-heading" className="heading-m">
          {t("noticeHeading")}
        </h2>
        {notice.sentAt ? (
          <>
            <p>{t("noticeSent", { at: date(notice.sentAt) })}</p>
            <p>{t("noticeDelivery", notice.delivery)}</p>
          </>
        ) : (
          <p>{t("noticePlanned", { at: date(notice.sendsAt), contacts: notice.contacts })}</p>
        )}
        {!notice.sentAt && !overview.documents.some((document) => document.kind === "notice") && (
          <p className="notice">{t("noticeMissing")}</p>
        )}
        {isAdmin && !notice.sentAt && (
          <ActionForm
            action={saveNoticeSettingsAction.bind(null, { locale, slug })}
            submitLabel={t("save")}
            variant="secondary"
          >
            <TextField
              name="noticeWeeksBefore"
              label={t("noticeWeeks")}
              hint={t("noticeWeeksHint")}
              inputMode="numeric"
              width="short"
              defaultValue={String(notice.weeksBefore)}
            />
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="list-heading" className="stack stack--tight">
        <h2 id="list-heading">{t("listHeading")}</h2>
        {overview.documents.length === 0 ? (
          <p className="empty-state">{t("empty")}</p>
        ) : (
          <ul className="card-list">
            {overview.documents.map((document) => (
              <li key={document.id} className="card stack stack--tight">
                <h3 className="heading-m">
                  {localised({ sv: document.titleSv, en: document.titleEn }, locale)}
                </h3>
                <p className="meta">
                  {t("row", {
                    kind: tk(document.kind as "other"),
                    date: date(document.publishedAt),
                    visibility: document.visibility,
                  })}
                </p>
                <p>
                  <a href={`/api/admin/events/${slug}/documents/${document.id}`} download>
                    {t("download", { file: document.fileName })}
                  </a>
                </p>
                {isAdmin && (
                  <ActionForm
                    action={removeDocumentAction.bind(null, { locale, slug, documentId: document.id })}
                    submitLabel={t("remove")}
                    variant="warning"
                  >
                    <Checkbox
                      name="confirm"
                      label={t("removeConfirm", {
                        title: localised({ sv: document.titleSv, en: document.titleEn }, locale),
                      })}
                    />
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {isAdmin && (
        <section aria-labelledby="upload-heading" className="card stack">
          <h2 id="upload-heading">{t("uploadHeading")}</h2>
          {errorText && (
            <div className="error-summary" role="alert" tabIndex={-1}>
              <a href={`#${fieldId(errorField)}`}>{errorText}</a>
            </div>
          )}
          <form
            method="post"
            action={`/api/admin/events/${slug}/documents?locale=${locale}`}
            encType="multipart/form-data"
            className="stack"
            noValidate
          >
            <Select
              name="documentKind"
              label={t("kind")}
              options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: tk(kind) }))}
              defaultValue={query.documentKind ?? ""}
              placeholder={t("chooseKind")}
              error={fieldError("documentKind")}
            />
            <TextField
              name="titleSv"
              label={t("titleSv")}
              defaultValue={query.titleSv ?? ""}
              error={fieldError("titleSv")}
            />
            <TextField
              name="titleEn"
              label={t("titleEn")}
              defaultValue={query.titleEn ?? ""}
              error={fieldError("titleEn")}
            />
            <TextField
              name="publishedAt"
              label={t("publishedAt")}
              hint={t("publishedAtHint")}
              type="datetime-local"
              width="medium"
              defaultValue={query.publishedAt ?? ""}
              error={fieldError("publishedAt")}
            />
            <ChoiceGroup
              name="documentVisibility"
              legend={t("visibility")}
              type="radio"
              choices={[
                { value: "public", label: t("visibilityPublic") },
                { value: "delegates", label: t("visibilityDelegates") },
              ]}
              selected={[query.documentVisibility ?? "public"]}
              error={fieldError("documentVisibility")}
            />
            <div className={`field${fieldError("document") ? " field--error" : ""}`}>
              <label htmlFor={fieldId("document")} className="field__label">
                {t("file")}
              </label>
              <p id={`${fieldId("document")}-hint`} className="field__hint">
                {t("fileHint", { max: MAX_DOCUMENT_BYTES / 1024 / 1024 })}
              </p>
              <input
                id={fieldId("document")}
                name="document"
                type="file"
                accept="application/pdf"
                className="input"
                aria-describedby={`${fieldId("document")}-hint`}
                aria-invalid={fieldError("document") ? true : undefined}
              />
            </div>
            <div>
              <button type="submit" className="button button--primary">
                {t("upload")}
              </button>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
