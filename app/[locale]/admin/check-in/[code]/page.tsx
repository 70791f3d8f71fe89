import { redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { locateCheckInCode } from "@/lib/check-in/locate-check-in-code";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; code: string }> };

// Where a badge's QR code leads when scanned with the phone's own camera: the event's check-in
// page with this person's card, one tap from checked in. Opening it changes nothing.
export default async function ScannedCodePage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const { slug } = await loadOrNotFound(locateCheckInCode(staff, code));
  redirect(getPathname({ href: `/admin/events/${slug}/check-in?code=${encodeURIComponent(code)}`, locale }));
}
