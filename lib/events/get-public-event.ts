import "server-only";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { slugParam } from "@/lib/actions/action-input";
import { z } from "zod";
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { kysely, timeFromJson, type Queries } from "@/lib/sql";
import { askedQuestions } from "@/lib/registrations/activity-questions";
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

/** What the public sees: open and closed events. A draft is seen only by its staff (preview-event.ts). */
const PUBLISHED: readonly EventStatus[] = ["open", "closed"];

/**
 * The published event with the given slug and its activities with seats left now, or null. One
 * statement: this is read for every view of the event page and every registration step, and
 * through Prisma its two queries were a sixth of the page's CPU (docs/performance.md).
 */
export async function getPublicEvent(
  slug: string,
  queries: Queries = kysely,
  statuses: readonly EventStatus[] = PUBLISHED,
): Promise<PublicEvent | null> {
  // A slug from a URL that is no slug (a NUL byte, a path) is simply no event.
  if (!slugParam.safeParse(slug).success) return null;
  const event = await queries
    .selectFrom("Event as e")
    .leftJoin("Organisation as h", "h.id", "e.hostOrganisationId")
    .leftJoin("EventLogo as l", "l.eventId", "e.id")
    .select((eb) => [
      "l.updatedAt as logoUpdatedAt",
      "e.id",
      "e.slug",
      "e.status",
      "e.nameSv",
      "e.nameEn",
      "e.summarySv",
      "e.summaryEn",
      "e.descriptionSv",
      "e.descriptionEn",
      "e.themes",
      "e.questions",
      "e.startsAt",
      "e.endsAt",
      "e.venueName",
      "e.venueAddress",
      "e.city",
      "h.name as hostName",
      "e.contactEmail",
      "e.registrationOpensAt",
      "e.registrationClosesAt",
      "e.changeDeadline",
      jsonArrayFrom(
        eb
          .selectFrom("Activity as a")
          .select((activity) => [
            "a.id",
            "a.key",
            "a.kind",
            "a.nameSv",
            "a.nameEn",
            "a.descriptionSv",
            "a.descriptionEn",
            "a.placeSv",
            "a.placeEn",
            "a.startsAt",
            "a.endsAt",
            "a.capacity",
            "a.waitlistEnabled",
            "a.signupClosesAt",
            "a.membersOnly",
            "a.questions",
            activity
              .selectFrom("Signup as s")
              .select(sql<number>`count(*)::int`.as("confirmed"))
              .whereRef("s.activityId", "=", "a.id")
              .where("s.status", "=", "confirmed")
              .as("confirmed"),
          ])
          .whereRef("a.eventId", "=", "e.id")
          .where("a.cancelledAt", "is", null)
          .orderBy("a.startsAt")
          .orderBy("a.sortOrder"),
      ).as("activities"),
      jsonArrayFrom(
        eb
          .selectFrom("ProgrammeItem as p")
          .select(["p.id", "p.startsAt", "p.endsAt", "p.titleSv", "p.titleEn", "p.speakers"])
          .whereRef("p.eventId", "=", "e.id")
          .orderBy("p.startsAt")
          .orderBy("p.titleSv"),
      ).as("programme"),
    ])
    .where("e.slug", "=", slug)
    .where("e.status", "in", statuses)
    .executeTakeFirst();
  if (!event) return null;

  return {
    id: event.id,
    slug: event.slug,
    status: event.status,
    name: { sv: event.nameSv, en: event.nameEn },
    summary: { sv: event.summarySv, en: event.summaryEn },
    description: { sv: event.descriptionSv, en: event.descriptionEn },
    themes: toThemes(event.themes),
    questions: askedQuestions(event.questions),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    city: event.city,
    hostName: event.hostName,
    // The version in the address lets browsers keep the image until a new one is uploaded.
    logoUrl: event.logoUpdatedAt
      ? `/api/v1/events/${event.slug}/logo?v=${new Date(event.logoUpdatedAt).getTime()}`
      : null,
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
      startsAt: timeFromJson(activity.startsAt),
      endsAt: timeFromJson(activity.endsAt),
      capacity: activity.capacity,
      seatsLeft:
        activity.capacity === null ? null : Math.max(0, activity.capacity - (activity.confirmed ?? 0)),
      waitlistEnabled: activity.waitlistEnabled,
      signupClosesAt: activity.signupClosesAt === null ? null : timeFromJson(activity.signupClosesAt),
      membersOnly: activity.membersOnly,
      questions: askedQuestions(activity.questions),
    })),
    programme: event.programme.map((item) => ({
      id: item.id,
      startsAt: timeFromJson(item.startsAt),
      endsAt: item.endsAt === null ? null : timeFromJson(item.endsAt),
      title: { sv: item.titleSv, en: item.titleEn },
      speakers: item.speakers,
    })),
  };
}
