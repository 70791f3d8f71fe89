import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { messagesFor } from "@/lib/i18n/messages";

type AdminMessages = ReturnType<typeof messagesFor>["admin"];
/** The admin messages that are texts (not groups of them). */
type AdminTitle = {
  [Key in keyof AdminMessages]: AdminMessages[Key] extends string ? Key : never;
}[keyof AdminMessages];

/**
 * A staff page's `generateMetadata`: its title from the admin messages, in the page's language,
 * and kept out of search engines.
 */
export function adminMetadata(title: AdminTitle) {
  return async ({ params }: { params: Promise<{ locale: AppLocale }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
    return { title: t(title), robots: { index: false } };
  };
}
