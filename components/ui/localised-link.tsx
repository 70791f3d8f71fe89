import type { AnchorHTMLAttributes } from "react";
import { getLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  href: string;
  locale?: AppLocale;
};

/**
 * A link to an app path in the page's language (Swedish at the root, English under /en). A server
 * component rendering a plain anchor: next/link and next-intl's Link would add their client code to
 * every page (about 5 KB gzip), to prefetch pages that are quick to load anyway (docs/performance.md).
 */
export async function Link({ href, locale, ...props }: Props) {
  const target = locale ?? ((await getLocale()) as AppLocale);
  return <a href={getPathname({ href, locale: target })} {...props} />;
}
