import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";

/** Private links must not leak through the Referer header or end up in search engines. */
export async function manageMetadata(locale: AppLocale, title?: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "manage" });
  return { title: title ?? t("metaTitle"), referrer: "same-origin", robots: { index: false, follow: false } };
}
