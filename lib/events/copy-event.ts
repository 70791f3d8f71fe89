import "server-only";
import { askedQuestions } from "@/lib/registrations/activity-questions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { violatedUniqueConstraint } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { assertMemberHost } from "@/lib/organisations/assert-member-host";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";
import { daysBetween, fromStockholmLocal, shiftStockholmDays, stockholmDay } from "@/lib/i18n/stockholm-time";
import type { NewEventInput } from "@/lib/validation/new-event";

/** The start of a registration reference for the meeting: its city's first letters, "SAN-…". */
export function referencePrefixFor(city: string): string {
  const letters = city
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toUpperCase();
  return (letters.slice(0, 3) || "SIK").padEnd(3, "X");
}

/**
 * What a meeting from scratch starts from, in the shape of a meeting to copy: one day, 09.00 to
 * 16.00 Stockholm time on the day chosen, registration open from today until three weeks before,
 * changes until two weeks before, data kept 90 days after; no texts but the name, no programme
 * but the annual meeting when asked for. Staff fill in the rest in Settings.
 */
function blankSource(input: NewEventInput) {
  const at = (time: string) => fromStockholmLocal(`${input.startDate}T${time}`)!;
  const startsAt = at("09:00");
  const endsAt = at("16:00");
  return {
    slug: null,
    summarySv: input.nameSv,
    summaryEn: input.nameEn,
    descriptionSv: "",
    descriptionEn: "",
    themes: [],
    questions: [],
    programme: [],
    startsAt,
    endsAt,
    registrationOpensAt: fromStockholmLocal(`${stockholmDay(new Date())}T00:00`)!,
    registrationClosesAt: shiftStockholmDays(startsAt, -21),
    changeDeadline: shiftStockholmDays(startsAt, -14),
    retainUntil: shiftStockholmDays(endsAt, 90),
    reminderDaysBefore: 7,
    noticeWeeksBefore: 4,
    activities: [
      {
        key: "annual-meeting",
        kind: "annual_meeting" as const,
        nameSv: "Årsmöte",
        nameEn: "Annual meeting",
        descriptionSv: "",
        descriptionEn: "",
        placeSv: input.venueName,
        placeEn: input.venueName,
        startsAt: at("13:00"),
        endsAt: at("15:00"),
        capacity: null,
        waitlistEnabled: false,
        signupClosesAt: null,
        // Observers attend the annual meeting without a vote.
        membersOnly: false,
        servesMeal: false,
        questions: [],
        sortOrder: 0,
        cancelledAt: null,
      },
    ],
  };
}

/**
 * A new meeting, as a draft, copied from an earlier one (or made from scratch, `sourceSlug` null): its texts, themes, programme points, activities (with their
 * questions, limits and order) and settings, with every date moved by the same number of days so
 * that the first day falls on the date chosen. Times of day stay as they were in Stockholm, and
 * the days keep their order and spacing. The annual meeting comes along only when asked for (the
 * autumn meeting has none). Only an association administrator may do this; nobody registered
 * comes along, and the new meeting is seen only by staff until it is published.
 */
export async function copyEvent(staff: Staff | null, input: NewEventInput): Promise<{ slug: string }> {
  const admin = await requireAssociationAdmin(staff);
  const source = input.sourceSlug
    ? await db.event.findUnique({
        where: { slug: input.sourceSlug },
        include: { activities: { orderBy: { sortOrder: "asc" } }, programme: true },
      })
    : blankSource(input);
  if (!source) {
    throw new AppError("validation", "no such source event", [{ field: "sourceSlug", code: "invalid" }]);
  }
  await assertMemberHost(input.hostOrganisationId);
  const days = daysBetween(stockholmDay(source.startsAt), input.startDate);
  const shift = (date: Date) => shiftStockholmDays(date, days);
  try {
    return await db.$transaction(async (tx) => {
      const event = await tx.event.create({
        data: {
          slug: input.slug,
          nameSv: input.nameSv,
          nameEn: input.nameEn,
          summarySv: source.summarySv,
          summaryEn: source.summaryEn,
          descriptionSv: source.descriptionSv,
          descriptionEn: source.descriptionEn,
          themes: source.themes ?? [],
          questions: askedQuestions(source.questions ?? []) as unknown as Prisma.InputJsonValue,
          startsAt: shift(source.startsAt),
          endsAt: shift(source.endsAt),
          venueName: input.venueName,
          venueAddress: input.venueAddress,
          city: input.city,
          hostOrganisationId: input.hostOrganisationId,
          referencePrefix: referencePrefixFor(input.city),
          contactEmail: input.contactEmail,
          registrationOpensAt: shift(source.registrationOpensAt),
          registrationClosesAt: shift(source.registrationClosesAt),
          changeDeadline: shift(source.changeDeadline),
          status: "draft",
          retainUntil: shift(source.retainUntil),
          reminderDaysBefore: source.reminderDaysBefore,
          noticeWeeksBefore: source.noticeWeeksBefore,
          activities: {
            create: source.activities
              // A cancelled activity is not part of the next meeting's programme.
              .filter((activity) => activity.cancelledAt === null)
              .filter((activity) => input.includeAnnualMeeting || activity.kind !== "annual_meeting")
              .map((activity) => ({
                key: activity.key,
                kind: activity.kind,
                nameSv: activity.nameSv,
                nameEn: activity.nameEn,
                descriptionSv: activity.descriptionSv,
                descriptionEn: activity.descriptionEn,
                placeSv: activity.placeSv,
                placeEn: activity.placeEn,
                startsAt: shift(activity.startsAt),
                endsAt: shift(activity.endsAt),
                capacity: activity.capacity,
                waitlistEnabled: activity.waitlistEnabled,
                signupClosesAt: activity.signupClosesAt && shift(activity.signupClosesAt),
                membersOnly: activity.membersOnly,
                servesMeal: activity.servesMeal,
                // Questions no longer asked stay behind with their answers.
                questions: askedQuestions(activity.questions ?? []) as unknown as Prisma.InputJsonValue,
                sortOrder: activity.sortOrder,
              })),
          },
          programme: {
            create: source.programme.map((item) => ({
              startsAt: shift(item.startsAt),
              endsAt: item.endsAt && shift(item.endsAt),
              titleSv: item.titleSv,
              titleEn: item.titleEn,
              speakers: item.speakers,
            })),
          },
        },
      });
      await writeAuditEntry(tx, {
        eventId: event.id,
        actor: { type: "staff", id: admin.userId },
        action: "event.created",
        entityType: "Event",
        entityId: event.id,
        changes: { copiedFrom: input.sourceSlug, days, annualMeeting: input.includeAnnualMeeting },
      });
      return { slug: event.slug };
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) === "Event_slug_key") {
      throw new AppError("validation", "slug taken", [{ field: "slug", code: "slugTaken" }]);
    }
    throw error;
  }
}
