import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import type { AppLocale } from "@/lib/i18n/routing";
import { getManageView, type ManageView } from "@/lib/registrations/get-manage-view";

/** Private links must not leak through the Referer header or end up in search engines. */
export async function manageMetadata(locale: AppLocale, title?: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "manage" });
  return { title: title ?? t("metaTitle"), referrer: "same-origin", robots: { index: false, follow: false } };
}

/** What an unknown private link shows (app/[locale]/manage/[token]/not-found.tsx, status 404). */
export async function InvalidLink() {
  const t = await getTranslations("manage");
  return (
    <div className="container container--narrow stack">
      <h1>{t("invalidTitle")}</h1>
      <p>{t("invalidText")}</p>
    </div>
  );
}

async function TooManyAttempts({ minutes }: { minutes: number }) {
  const t = await getTranslations("manage");
  return (
    <div className="container container--narrow stack">
      <h1>{t("invalidTitle")}</h1>
      <p>{t("tooManyAttempts", { minutes })}</p>
    </div>
  );
}

export async function loadManageView(
  token: string,
  attendeeId?: string,
): Promise<
  | { ok: true; view: ManageView; attendee?: ManageView["registration"]["attendees"][number] }
  | { ok: false; page: ReactNode }
> {
  let view: ManageView | null;
  try {
    view = await getManageView(token, clientAddress(await headers()));
  } catch (error) {
    if (isAppError(error) && error.code === "rate_limited") {
      return {
        ok: false,
        page: <TooManyAttempts minutes={Math.ceil(Number(error.params.retryAfter) / 60)} />,
      };
    }
    throw error;
  }
  // An unknown link, or a person the link does not cover, is a 404 with the link's own message.
  if (!view) notFound();
  if (!attendeeId) return { ok: true, view };
  const attendee = view.registration.attendees.find(
    (candidate) => candidate.id === attendeeId && candidate.status === "active",
  );
  if (!attendee) notFound();
  return { ok: true, view, attendee };
}
