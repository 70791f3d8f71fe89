import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { Select, TextArea } from "@/components/ui/fields";
import type { ActionState } from "@/lib/actions/admin-action";
import type { MemberVoteView } from "@/lib/mandates/get-member-vote";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** What an upload of the mandate came back with, as the upload route names it in the address. */
export type MandateNotice =
  "saved" | "mandateMissing" | "mandateTooLarge" | "mandateType" | "mandateNeedsOmbud" | "failed";

export const MANDATE_NOTICES: readonly MandateNotice[] = [
  "saved",
  "mandateMissing",
  "mandateTooLarge",
  "mandateType",
  "mandateNeedsOmbud",
  "failed",
];

/**
 * A member's vote at the annual meeting: who is ombud and substitute, the mandate and how it was
 * given, and the forms that change them, for the member's contact and for the meeting's staff.
 * Without `actions` it only shows (a viewer, or after the deadline).
 */
export async function MemberVotePanel({
  vote,
  actions,
  upload,
  downloadUrl,
  notice,
}: {
  vote: MemberVoteView;
  actions?: { substitute: Action; ombud: Action };
  /** Where the upload form posts, when the person may upload. */
  upload?: string;
  downloadUrl: string | null;
  notice?: MandateNotice;
}) {
  const [t, tv, format] = await Promise.all([
    getTranslations("mandates"),
    getTranslations("validation"),
    getFormatter(),
  ]);
  const options = (exclude: string | undefined) =>
    vote.candidates
      .filter((person) => person.id !== exclude)
      .map((person) => ({ value: person.id, label: person.name }));
  const mandate = vote.mandate;
  return (
    <div className="stack">
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("ombud")}</dt>
          <dd>{vote.ombud?.name ?? t("noOmbud")}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("substitute")}</dt>
          <dd>{vote.substitute?.name ?? t("noSubstitute")}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("mandate")}</dt>
          <dd>
            {t(`standing.${vote.standing}`)}
            {mandate && vote.standing === "missing" && (
              <>
                {" "}
                {t("mandateStale", { ombud: mandate.ombudName, substitute: mandate.substituteName ?? "–" })}
              </>
            )}
            {mandate && vote.standing !== "missing" && (
              <>
                {" "}
                {t("recorded", {
                  by: mandate.recordedBy,
                  at: format.dateTime(mandate.recordedAt, { dateStyle: "long", timeStyle: "short" }),
                })}
              </>
            )}
            {downloadUrl && (
              <>
                {" "}
                <a href={downloadUrl} download>
                  {t("download", { file: mandate?.fileName ?? "" })}
                </a>
              </>
            )}
          </dd>
        </div>
      </dl>
      {vote.candidates.length === 0 && <p className="empty-state">{t("noCandidates")}</p>}
      {actions && vote.candidates.length > 0 && (
        <>
          <section aria-labelledby="substitute-heading" className="card stack stack--tight">
            <h2 id="substitute-heading" className="heading-m">
              {t("substituteHeading")}
            </h2>
            <p>{t("substituteIntro")}</p>
            <ActionForm action={actions.substitute} submitLabel={t("substituteSave")}>
              <Select
                name="substituteId"
                label={t("substitute")}
                options={options(vote.ombud?.id)}
                defaultValue={vote.substitute?.id ?? ""}
                placeholder={t("noSubstituteOption")}
              />
            </ActionForm>
          </section>
          <section aria-labelledby="ombud-heading" className="card stack stack--tight">
            <h2 id="ombud-heading" className="heading-m">
              {vote.ombud ? t("ombudReplaceHeading") : t("ombudNameHeading")}
            </h2>
            <p>{vote.ombud ? t("ombudReplaceIntro") : t("ombudNameIntro")}</p>
            <ActionForm action={actions.ombud} submitLabel={vote.ombud ? t("ombudReplace") : t("ombudName")}>
              <Select
                name="ombudId"
                label={t("newOmbud")}
                options={options(vote.ombud?.id)}
                placeholder={vote.ombud ? t("noOmbudOption") : t("chooseOmbud")}
              />
              {vote.ombud && <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} />}
            </ActionForm>
          </section>
        </>
      )}
      {upload && (
        <section aria-labelledby="upload-heading" className="card stack stack--tight">
          <h2 id="upload-heading" className="heading-m">
            {t("uploadHeading")}
          </h2>
          <p>{t("uploadIntro")}</p>
          {notice === "saved" && (
            <p className="notice notice--success" role="status">
              {t("uploaded")}
            </p>
          )}
          {notice && notice !== "saved" && (
            <div className="error-summary" role="alert" tabIndex={-1}>
              <a href="#mandate-file">{notice === "failed" ? t("uploadFailed") : tv(notice, { max: 5 })}</a>
            </div>
          )}
          <form method="post" action={upload} encType="multipart/form-data" className="stack stack--tight">
            <div className={`field${notice && notice !== "saved" ? " field--error" : ""}`}>
              <label htmlFor="mandate-file" className="field__label">
                {t("uploadFile")}
              </label>
              <p id="mandate-file-hint" className="field__hint">
                {t("uploadHint")}
              </p>
              <input
                id="mandate-file"
                name="mandate"
                type="file"
                accept="application/pdf"
                className="input"
                aria-describedby="mandate-file-hint"
                aria-invalid={notice && notice !== "saved" ? true : undefined}
              />
            </div>
            <div>
              <button type="submit" className="button button--primary">
                {t("uploadButton")}
              </button>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
