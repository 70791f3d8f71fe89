import { getFormatter, getTranslations } from "next-intl/server";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DocumentListing } from "@/lib/documents/read-meeting-documents";

/** The meeting's papers as links to their PDFs, each with its type and publication date. */
export async function DocumentList({
  documents,
  locale,
  href,
}: {
  documents: DocumentListing[];
  locale: AppLocale;
  href: (document: DocumentListing) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("documents"), getFormatter()]);
  return (
    <ul className="plain-list stack stack--tight">
      {documents.map((document) => (
        <li key={document.id}>
          <a href={href(document)} download>
            {localised({ sv: document.titleSv, en: document.titleEn }, locale)}
          </a>{" "}
          <span className="meta">
            {t("listed", {
              kind: t(`kinds.${document.kind as "other"}`),
              date: format.dateTime(document.publishedAt, { dateStyle: "long" }),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
