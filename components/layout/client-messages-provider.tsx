import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { clientMessages, type Namespace } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";

/** Gives the client components below the page language's messages of these namespaces only. */
export async function ClientMessagesProvider({
  namespaces,
  children,
}: {
  namespaces: Namespace[];
  children: ReactNode;
}) {
  const locale = (await getLocale()) as AppLocale;
  return (
    <NextIntlClientProvider messages={clientMessages(locale, namespaces)}>{children}</NextIntlClientProvider>
  );
}
