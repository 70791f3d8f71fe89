import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";

export const PAGE_SIZE = 50;

/** The list's search, filters, sort and page, as read from the page's query string. */
export const participantQuery = z.object({
  q: z.string().trim().max(100).catch(""),
  organisation: z.uuid().optional().catch(undefined),
  activity: z.uuid().optional().catch(undefined),
  status: z.enum(["active", "cancelled", "all"]).catch("active"),
  diet: z.enum(DIET_CHOICES).optional().catch(undefined),
  checkedIn: z.enum(["yes", "no"]).optional().catch(undefined),
  sort: z.enum(["name", "organisation", "registered"]).catch("name"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ParticipantQuery = z.infer<typeof participantQuery>;

const ORDER: Record<ParticipantQuery["sort"], Prisma.AttendeeOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  organisation: [{ organisation: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
  registered: [{ createdAt: "desc" }, { id: "asc" }],
};

/** A page of an event's attendees for staff, searched and filtered in the database. */
export async function listParticipants(staff: Staff | null, slug: string, query: ParticipantQuery) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "viewer");

  const where: Prisma.AttendeeWhereInput = {
    eventId: event.id,
    ...(query.status === "all" ? {} : { status: query.status }),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { email: { contains: query.q.toLowerCase() } },
            { organisation: { name: { contains: query.q, mode: "insensitive" } } },
          ],
        }
      : {}),
    ...(query.organisation ? { organisationId: query.organisation } : {}),
    ...(query.activity
      ? { signups: { some: { activityId: query.activity, status: { not: "cancelled" } } } }
      : {}),
    ...(query.diet ? { dietChoices: { has: query.diet } } : {}),
    ...(query.checkedIn ? { checkedInAt: query.checkedIn === "yes" ? { not: null } : null } : {}),
  };
  const [total, attendees] = await Promise.all([
    db.attendee.count({ where }),
    db.attendee.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: {
        organisation: { select: { name: true } },
        signups: {
          where: { status: { not: "cancelled" } },
          include: { activity: { select: { nameSv: true, nameEn: true } } },
        },
      },
    }),
  ]);
  return {
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: attendees.map((attendee) => ({
      id: attendee.id,
      name: attendee.name,
      email: attendee.email,
      organisation: attendee.organisation.name,
      status: attendee.status,
      checkedIn: attendee.checkedInAt !== null,
      isVotingDelegate: attendee.isVotingDelegate,
      signups: attendee.signups.map((signup) => ({
        name: { sv: signup.activity.nameSv, en: signup.activity.nameEn },
        status: signup.status,
      })),
    })),
  };
}

/** The choices for the list's filters. */
export async function participantFilterOptions(slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      activities: { orderBy: { startsAt: "asc" }, select: { id: true, nameSv: true, nameEn: true } },
    },
  });
  const organisations = await db.organisation.findMany({
    where: { OR: [{ isMember: true }, { attendees: { some: { event: { slug } } } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { activities: event?.activities ?? [], organisations };
}
