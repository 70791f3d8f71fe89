import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { ADMIN_CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";

// The admin area's client components also translate the `admin` namespace; public pages never
// download it.
export default async function AdminLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return (
    <NextIntlClientProvider messages={clientMessages(locale as AppLocale, ADMIN_CLIENT_NAMESPACES)}>
      {children}
    </NextIntlClientProvider>
  );
}
