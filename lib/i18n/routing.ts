import { defineRouting } from "next-intl/routing";

export const locales = ["sv", "en"] as const;
export type AppLocale = (typeof locales)[number];

// Swedish at the root, English under /en: Swedish is the language of the network.
export const routing = defineRouting({
  locales,
  defaultLocale: "sv",
  localePrefix: "as-needed",
  localeDetection: false,
});

export const TIME_ZONE = "Europe/Stockholm";

export function isAppLocale(value: string): value is AppLocale {
  return (locales as readonly string[]).includes(value);
}
