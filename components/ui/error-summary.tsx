"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

import type { ErrorItem } from "@/lib/actions/form-state";

export type { ErrorItem };

/**
 * The GOV.UK error summary: a list at the top of the form linking to each field in error. It takes
 * focus when it appears, so screen-reader and keyboard users land on it after a failed submit.
 */
/**
 * Follows a summary link on this page: focus goes to the field itself (the first control of a
 * group), which a plain link to a fieldset or a group would not do.
 */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, href: string) {
  if (!href.startsWith("#")) return;
  const target = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!target) return;
  event.preventDefault();
  const control = target.matches("input, select, textarea, button")
    ? target
    : target.querySelector<HTMLElement>("input:not([disabled]), select, textarea, button");
  (control ?? target).focus();
  target.scrollIntoView({ block: "center" });
}

export function ErrorSummary({ items, title }: { items: ErrorItem[]; title?: string }) {
  const t = useTranslations("form");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [items]);
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{title ?? t("errorSummaryTitle")}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.href}-${item.text}`}>
            <a href={item.href} onClick={(event) => focusField(event, item.href)}>
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
