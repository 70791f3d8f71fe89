import "server-only";
import { z } from "zod";
import { db, type DbOrTx } from "@/lib/db";
import { parseQuestions } from "@/lib/registrations/activity-questions";
import type { PublicEvent, PublicTheme } from "./public-event";

const themesSchema = z.array(
  z.object({ titleSv: z.string(), titleEn: z.string(), textSv: z.string(), textEn: z.string() }),
);

function toThemes(value: unknown): PublicTheme[] {
  return themesSchema.parse(value).map((theme) => ({
    title: { sv: theme.titleSv, en: theme.titleEn },
    text: { sv: theme.textSv, en: theme.textEn },
  }));
}

/** The published event with the given slug and its activities with seats left now, or null. */
export async function getPublicEvent(slug: string, client: DbOrTx = db): Promise<PublicEvent | null> {
  const event = await client.event.findFirst({
    where: { slug, status: { in: ["open", "closed"] } },
    include: { host: true, activities: { orderBy: [{ startsAt: "asc" }, { sortOrder: "asc" }] } },
  });
  if (!event) return null;

  const confirmed = await client.signup.groupBy({
    by: ["activityId"],
    where: { eventId: event.id, status: "confirmed" },
    _count: { _all: true },
  });
  const confirmedByActivity = new Map(confirmed.map((row) => [row.activityId, row._count._all]));

  return {
    id: event.id,
    slug: event.slug,
    status: event.status,
    name: { sv: event.nameSv, en: event.nameEn },
    summary: { sv: event.summarySv, en: event.summaryEn },
    description: { sv: event.descriptionSv, en: event.descriptionEn },
    themes: toThemes(event.themes),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    city: event.city,
    hostName: event.host?.name ?? null,
    contactEmail: event.contactEmail,
    registrationOpensAt: event.registrationOpensAt,
    registrationClosesAt: event.registrationClosesAt,
    changeDeadline: event.changeDeadline,
    activities: event.activities.map((activity) => ({
      id: activity.id,
      key: activity.key,
      kind: activity.kind,
      name: { sv: activity.nameSv, en: activity.nameEn },
      description: { sv: activity.descriptionSv, en: activity.descriptionEn },
      place: { sv: activity.placeSv, en: activity.placeEn },
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      capacity: activity.capacity,
      seatsLeft:
        activity.capacity === null
          ? null
          : Math.max(0, activity.capacity - (confirmedByActivity.get(activity.id) ?? 0)),
      waitlistEnabled: activity.waitlistEnabled,
      signupClosesAt: activity.signupClosesAt,
      membersOnly: activity.membersOnly,
      questions: parseQuestions(activity.questions),
    })),
  };
}
