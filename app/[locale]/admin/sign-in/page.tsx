import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ error?: string }> };

export const generateMetadata = adminMetadata("signInTitle");

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { error } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("admin");
  return (
    <div className="container container--narrow stack">
      <h1>{t("signInTitle")}</h1>
      {error && (
        <div className="error-summary" role="alert">
          <p>{t("signInError")}</p>
        </div>
      )}
      <p>{t("signInIntro")}</p>
      <SignInForm
        callbackUrl={getPathname({ href: "/admin", locale })}
        checkEmailUrl={getPathname({ href: "/admin/sign-in/check-email", locale })}
      />
    </div>
  );
}
