import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { attendeeIdFromCheckInCode } from "./check-in-code";
import type { CheckInScope } from "./check-in-scope";

const SEARCH_LIMIT = 20;

/**
 * What the check-in page shows: the places to check in at, live counts for the chosen one, people
 * matching a search, and the card of one person (picked from the list or scanned).
 */
export async function getCheckInView(
  staff: Staff | null,
  slug: string,
  input: { scope: CheckInScope; query?: string; attendeeId?: string; code?: string },
) {
  const event = await db.event.findUnique({
    where: { slug },
    include: { activities: { orderBy: { startsAt: "asc" } } },
  });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "staff");
  const activity = input.scope ? event.activities.find((item) => item.key === input.scope) : null;
  if (input.scope && !activity) throw new AppError("not_found", "no such activity");

  const expectedWhere = activity
    ? {
        eventId: event.id,
        status: "active" as const,
        signups: { some: { activityId: activity.id, status: "confirmed" as const } },
      }
    : { eventId: event.id, status: "active" as const };
  const [expected, checkedIn] = await Promise.all([
    db.attendee.count({ where: expectedWhere }),
    activity
      ? db.signup.count({
          where: {
            activityId: activity.id,
            status: "confirmed",
            checkedInAt: { not: null },
            attendee: { status: "active" },
          },
        })
      : db.attendee.count({ where: { ...expectedWhere, checkedInAt: { not: null } } }),
  ]);

  const query = input.query?.trim();
  const results = query
    ? await db.attendee.findMany({
        where: {
          eventId: event.id,
          OR: [
            { name: { contains: query, mode: "insensitive" } },
            { organisation: { name: { contains: query, mode: "insensitive" } } },
          ],
        },
        orderBy: [{ name: "asc" }],
        take: SEARCH_LIMIT,
        select: {
          id: true,
          name: true,
          title: true,
          status: true,
          checkedInAt: true,
          organisation: { select: { name: true } },
          signups: activity
            ? { where: { activityId: activity.id }, select: { status: true, checkedInAt: true } }
            : false,
        },
      })
    : [];

  const cardId = input.attendeeId ?? (input.code ? attendeeIdFromCheckInCode(input.code) : null);
  const card = cardId
    ? await db.attendee.findFirst({
        where: { id: cardId, eventId: event.id },
        include: {
          organisation: { select: { name: true } },
          signups: {
            where: { status: { not: "cancelled" } },
            include: { activity: true },
            orderBy: { activity: { startsAt: "asc" } },
          },
        },
      })
    : null;

  // At the annual meeting's door: whom the person votes for, and whether the substitute steps in.
  const vote =
    card && activity?.kind === "annual_meeting" && (card.isVotingDelegate || card.isSubstitute)
      ? await db.attendee.findFirst({
          where: {
            eventId: event.id,
            organisationId: card.organisationId,
            status: "active",
            isVotingDelegate: true,
          },
          select: {
            name: true,
            signups: { where: { activityId: activity.id }, select: { checkedInAt: true } },
          },
        })
      : null;

  return {
    role,
    event: { slug: event.slug, nameSv: event.nameSv, nameEn: event.nameEn },
    activities: event.activities.map(({ key, nameSv, nameEn }) => ({ key, nameSv, nameEn })),
    activity: activity ? { key: activity.key, nameSv: activity.nameSv, nameEn: activity.nameEn } : null,
    counts: { expected, checkedIn },
    query: query ?? "",
    results: results.map((row) => ({
      id: row.id,
      name: row.name,
      title: row.title,
      organisation: row.organisation.name,
      cancelled: row.status !== "active",
      checkedInAt: activity ? (row.signups?.[0]?.checkedInAt ?? null) : row.checkedInAt,
      notConfirmed: activity ? row.signups?.[0]?.status !== "confirmed" : false,
    })),
    card: card && {
      id: card.id,
      name: card.name,
      title: card.title,
      organisation: card.organisation.name,
      cancelled: card.status !== "active",
      isVotingDelegate: card.isVotingDelegate,
      isSubstitute: card.isSubstitute,
      /** At the annual meeting: "ombud", or for the substitute whether they vote in the ombud's absence. */
      vote:
        activity?.kind === "annual_meeting" && card.status === "active"
          ? card.isVotingDelegate
            ? { as: "ombud" as const }
            : card.isSubstitute
              ? vote?.signups[0]?.checkedInAt
                ? { as: "substitute-idle" as const, ombud: vote.name }
                : { as: "substitute-votes" as const, ombud: vote?.name ?? "" }
              : null
          : null,
      dietChoices: card.dietChoices,
      dietOther: card.dietOther,
      allergies: card.allergies,
      accessibilityNeeds: card.accessibilityNeeds,
      eventCheckedInAt: card.checkedInAt,
      checkedInAt: activity
        ? (card.signups.find((signup) => signup.activityId === activity.id)?.checkedInAt ?? null)
        : card.checkedInAt,
      signups: card.signups.map((signup) => ({
        nameSv: signup.activity.nameSv,
        nameEn: signup.activity.nameEn,
        status: signup.status,
      })),
    },
    cardCodeInvalid: Boolean(input.code) && !card,
  };
}

export type CheckInView = Awaited<ReturnType<typeof getCheckInView>>;
