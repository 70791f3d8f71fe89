"use client";

import { useTranslations } from "next-intl";

// Shown instead of a stack trace when a page fails to render; the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="container stack" role="alert">
      <h1>{t("genericTitle")}</h1>
      <p>{t("genericText")}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>
      </p>
    </div>
  );
}
