import "server-only";
import { slugParam } from "@/lib/actions/action-input";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { pool, selectRows, type Sql } from "@/lib/sql";
import { parseQuestions } from "@/lib/registrations/activity-questions";
import type { PublicActivity, PublicEvent, PublicTheme } from "./public-event";

const themesSchema = z.array(
  z.object({ titleSv: z.string(), titleEn: z.string(), textSv: z.string(), textEn: z.string() }),
);

function toThemes(value: unknown): PublicTheme[] {
  return themesSchema.parse(value).map((theme) => ({
    title: { sv: theme.titleSv, en: theme.titleEn },
    text: { sv: theme.textSv, en: theme.textEn },
  }));
}

type EventRow = Pick<
  PublicEvent,
  | "id"
  | "slug"
  | "status"
  | "startsAt"
  | "endsAt"
  | "venueName"
  | "venueAddress"
  | "city"
  | "hostName"
  | "contactEmail"
  | "registrationOpensAt"
  | "registrationClosesAt"
  | "changeDeadline"
> & {
  nameSv: string;
  nameEn: string;
  summarySv: string;
  summaryEn: string;
  descriptionSv: string;
  descriptionEn: string;
  themes: unknown;
  activities: ActivityRow[];
};

// Activities travel as JSON, so their times arrive as ISO strings.
type ActivityRow = Omit<
  PublicActivity,
  "name" | "description" | "place" | "startsAt" | "endsAt" | "signupClosesAt" | "seatsLeft" | "questions"
> & {
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
  placeSv: string;
  placeEn: string;
  startsAt: string;
  endsAt: string;
  signupClosesAt: string | null;
  questions: unknown;
  confirmed: number;
};

/**
 * The published event with the given slug and its activities with seats left now, or null. One
 * SQL statement: this is read for every view of the event page and every registration step, and
 * through Prisma its two queries were a sixth of the page's CPU (docs/performance.md).
 */
export async function getPublicEvent(slug: string, client: Sql | DbOrTx = pool): Promise<PublicEvent | null> {
  // A slug from a URL that is no slug (a NUL byte, a path) is simply no event.
  if (!slugParam.safeParse(slug).success) return null;
  const [event] = await selectRows<EventRow>(
    client,
    `SELECT e.id, e.slug, e.status, e."nameSv", e."nameEn", e."summarySv", e."summaryEn",
            e."descriptionSv", e."descriptionEn", e.themes, e."startsAt", e."endsAt", e."venueName",
            e."venueAddress", e.city, h.name AS "hostName", e."contactEmail", e."registrationOpensAt",
            e."registrationClosesAt", e."changeDeadline",
            coalesce((SELECT json_agg(json_build_object(
                         'id', a.id, 'key', a.key, 'kind', a.kind, 'nameSv', a."nameSv", 'nameEn', a."nameEn",
                         'descriptionSv', a."descriptionSv", 'descriptionEn', a."descriptionEn",
                         'placeSv', a."placeSv", 'placeEn', a."placeEn", 'startsAt', a."startsAt",
                         'endsAt', a."endsAt", 'capacity', a.capacity, 'waitlistEnabled', a."waitlistEnabled",
                         'signupClosesAt', a."signupClosesAt", 'membersOnly', a."membersOnly",
                         'questions', a.questions,
                         'confirmed', (SELECT count(*) FROM "Signup" s
                                       WHERE s."activityId" = a.id AND s.status = 'confirmed'))
                       ORDER BY a."startsAt", a."sortOrder")
                      FROM "Activity" a WHERE a."eventId" = e.id), '[]') AS activities
     FROM "Event" e LEFT JOIN "Organisation" h ON h.id = e."hostOrganisationId"
     WHERE e.slug = $1 AND e.status IN ('open', 'closed')`,
    [slug],
  );
  if (!event) return null;

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
    hostName: event.hostName,
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
      startsAt: new Date(activity.startsAt),
      endsAt: new Date(activity.endsAt),
      capacity: activity.capacity,
      seatsLeft: activity.capacity === null ? null : Math.max(0, activity.capacity - activity.confirmed),
      waitlistEnabled: activity.waitlistEnabled,
      signupClosesAt: activity.signupClosesAt === null ? null : new Date(activity.signupClosesAt),
      membersOnly: activity.membersOnly,
      questions: parseQuestions(activity.questions),
    })),
  };
}
