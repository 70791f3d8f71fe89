import "server-only";
import type { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messagesFor } from "@/lib/i18n/messages";
import type { TravelMode } from "@/lib/generated/prisma/enums";
import { formatStockholm } from "@/lib/i18n/stockholm-time";
import { nightOf } from "@/lib/stay/meeting-nights";
import type { ExportContent } from "./export-table";

type Translator = ReturnType<typeof createTranslator<ReturnType<typeof messagesFor>, "exports">>;

const collator = new Intl.Collator("sv");

/** The rooming list: who sleeps at which hotel on which nights, one hotel or all, by hotel and name. */
export async function roomingListTable(
  eventId: string,
  hotelId: string | undefined,
  t: Translator,
): Promise<ExportContent> {
  if (hotelId && !(await db.hotel.findFirst({ where: { id: hotelId, eventId }, select: { id: true } })))
    throw new AppError("not_found", "no such hotel");
  const stays = await db.attendeeStay.findMany({
    where: {
      hotelId: hotelId ?? { not: null },
      hotel: { eventId },
      attendee: { status: "active" },
      NOT: { nights: { isEmpty: true } },
    },
    select: {
      nights: true,
      arrivalAt: true,
      departureAt: true,
      hotel: { select: { name: true } },
      attendee: {
        select: { name: true, email: true, phone: true, organisation: { select: { name: true } } },
      },
    },
  });
  stays.sort(
    (a, b) =>
      collator.compare(a.hotel!.name, b.hotel!.name) || collator.compare(a.attendee.name, b.attendee.name),
  );
  return {
    title: t("roomingList"),
    columns: [
      t("columns.hotel"),
      t("columns.name"),
      t("columns.organisation"),
      t("columns.nights"),
      t("columns.arrival"),
      t("columns.departure"),
      t("columns.phone"),
      t("columns.email"),
    ],
    widths: [24, 24, 24, 24, 18, 18, 16, 28],
    printColumns: [0, 1, 2, 3, 4, 5],
    rows: stays.map((stay) => [
      stay.hotel!.name,
      stay.attendee.name,
      stay.attendee.organisation.name,
      stay.nights.map(nightOf).sort().join(", "),
      stay.arrivalAt ? formatStockholm(stay.arrivalAt) : "",
      stay.departureAt ? formatStockholm(stay.departureAt) : "",
      stay.attendee.phone ?? "",
      stay.attendee.email,
    ]),
  };
}

/**
 * The transport list: every arrival and departure by time, with how and the flight or train,
 * and as totals the study visit's bus, who rides it.
 */
export async function transportTable(
  eventId: string,
  locale: "sv" | "en",
  t: Translator,
): Promise<ExportContent> {
  const [stays, visits] = await Promise.all([
    db.attendeeStay.findMany({
      where: {
        attendee: { eventId, status: "active" },
        OR: [{ arrivalAt: { not: null } }, { departureAt: { not: null } }],
      },
      select: {
        arrivalAt: true,
        arrivalMode: true,
        arrivalDetails: true,
        departureAt: true,
        departureMode: true,
        departureDetails: true,
        attendee: { select: { name: true, phone: true, organisation: { select: { name: true } } } },
      },
    }),
    db.activity.findMany({
      where: { eventId, kind: "study_visit", cancelledAt: null },
      select: {
        nameSv: true,
        nameEn: true,
        startsAt: true,
        signups: {
          where: { status: "confirmed", attendee: { status: "active" } },
          select: { attendee: { select: { name: true, organisation: { select: { name: true } } } } },
        },
      },
    }),
  ]);
  // The travel modes' names are the stay fields' own (stay.modes).
  const modes = messagesFor(locale).stay.modes;
  const mode = (value: TravelMode | null) => (value ? modes[value] : "");
  const legs = stays.flatMap((stay) => [
    ...(stay.arrivalAt
      ? [
          {
            at: stay.arrivalAt,
            leg: t("arrives"),
            how: mode(stay.arrivalMode),
            details: stay.arrivalDetails,
            stay,
          },
        ]
      : []),
    ...(stay.departureAt
      ? [
          {
            at: stay.departureAt,
            leg: t("departs"),
            how: mode(stay.departureMode),
            details: stay.departureDetails,
            stay,
          },
        ]
      : []),
  ]);
  legs.sort(
    (a, b) => a.at.getTime() - b.at.getTime() || collator.compare(a.stay.attendee.name, b.stay.attendee.name),
  );
  return {
    title: t("transport"),
    columns: [
      t("columns.time"),
      t("columns.leg"),
      t("columns.travel"),
      t("columns.travelDetails"),
      t("columns.name"),
      t("columns.organisation"),
      t("columns.phone"),
    ],
    widths: [18, 10, 12, 18, 24, 24, 16],
    rows: legs.map((leg) => [
      formatStockholm(leg.at),
      leg.leg,
      leg.how,
      leg.details,
      leg.stay.attendee.name,
      leg.stay.attendee.organisation.name,
      leg.stay.attendee.phone ?? "",
    ]),
    totals: {
      title: t("busTitle"),
      sheetName: t("sheets.bus"),
      columns: [t("columns.activity"), t("columns.name"), t("columns.organisation")],
      rows: visits.flatMap((visit) =>
        visit.signups
          .map((signup) => [
            locale === "en" ? visit.nameEn : visit.nameSv,
            signup.attendee.name,
            signup.attendee.organisation.name,
          ])
          .sort((a, b) => collator.compare(a[1]!, b[1]!)),
      ),
    },
  };
}
