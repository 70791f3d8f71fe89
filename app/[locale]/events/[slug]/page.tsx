import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { EventPage } from "@/components/event/event-page";
import { listPublicDocuments } from "@/lib/documents/read-meeting-documents";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

// The title and the page need the same event: read it once per request.
const loadEvent = cache((slug: string) => getPublicEvent(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const event = await loadEvent(slug);
  return event ? { title: localised(event.name, locale), description: localised(event.summary, locale) } : {};
}

export default async function EventRoute({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await loadEvent(slug);
  if (!event) notFound();
  const now = new Date();
  return (
    <EventPage event={event} locale={locale} now={now} documents={await listPublicDocuments(event.id, now)} />
  );
}
