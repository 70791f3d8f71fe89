import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { sql } from "kysely";
import { jsonArrayFrom, jsonBuildObject } from "kysely/helpers/postgres";
import { kysely, streamRows } from "@/lib/sql";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { formats } from "@/lib/i18n/formats";
import { messagesFor } from "@/lib/i18n/messages";
import { TIME_ZONE, type AppLocale } from "@/lib/i18n/routing";
import {
  answerText,
  askedQuestions,
  parseQuestions,
  type ActivityQuestion,
} from "@/lib/registrations/activity-questions";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";
import { organisationAttendance } from "@/lib/admin/attendance-queries";
import { entranceListTable } from "./entrance-list-table";
import {
  rowCountOf,
  type ExportContent,
  type ExportFormat,
  type ExportRow,
  type ExportTable,
} from "./export-table";
import { votingRegisterTable } from "./voting-register-table";
import { evaluationTable } from "./evaluation-table";
import { roomingListTable, transportTable } from "./stay-tables";

export const EXPORT_KINDS = [
  "participants",
  "catering",
  "organisations",
  "voting-register",
  "visitors",
  "entrance-list",
  "evaluation",
  "rooming-list",
  "transport",
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

type Translator = ReturnType<typeof createTranslator<ReturnType<typeof messagesFor>, "exports">>;

/**
 * Every active attendee with what the participant list shows, as plain rows from one SQL
 * statement read through a cursor while the file is written: through Prisma's nested includes,
 * 10,000 attendees grew the server's heap by over 100 MB for the length of a download, and even
 * plain rows held all at once cost tens of MB (docs/performance.md: export memory).
 */
function streamAttendees(eventId: string) {
  return streamRows(
    kysely
      .selectFrom("Attendee as a")
      .innerJoin("Organisation as o", "o.id", "a.organisationId")
      .innerJoin("Registration as r", "r.id", "a.registrationId")
      .select((eb) => [
        "a.name",
        "a.email",
        "a.title",
        "a.phone",
        "a.dietChoices",
        "a.dietOther",
        "a.allergies",
        "a.accessibilityNeeds",
        "a.isVotingDelegate",
        "a.listConsent",
        "a.checkedInAt",
        "a.answers",
        jsonBuildObject({ name: eb.ref("o.name"), isMember: eb.ref("o.isMember") }).as("organisation"),
        jsonBuildObject({ reference: eb.ref("r.reference") }).as("registration"),
        jsonArrayFrom(
          eb
            .selectFrom("Signup as s")
            .innerJoin("Activity as ac", "ac.id", "s.activityId")
            .select((signup) => [
              "s.status",
              jsonBuildObject({ nameSv: signup.ref("ac.nameSv"), nameEn: signup.ref("ac.nameEn") }).as(
                "activity",
              ),
            ])
            .whereRef("s.attendeeId", "=", "a.id")
            .where("s.status", "<>", "cancelled")
            .orderBy("ac.startsAt"),
        ).as("signups"),
      ])
      .where("a.eventId", "=", eventId)
      .where("a.status", "=", "active")
      .orderBy("o.name")
      .orderBy("a.name"),
  );
}

async function* mapRows<From>(rows: AsyncIterable<From>, toRow: (row: From) => ExportRow) {
  for await (const row of rows) yield toRow(row);
}

function dietText(choices: string[], locale: AppLocale) {
  const diets = messagesFor(locale).registerForm.diets as Record<string, string>;
  return choices.map((choice) => diets[choice] ?? choice).join(", ");
}

async function participants(
  eventId: string,
  t: Translator,
  locale: AppLocale,
  /** The meeting's own questions whose answers this reader may see. */
  questions: ActivityQuestion[],
): Promise<ExportContent> {
  const words = messagesFor(locale).registerForm.needsStep;
  const yesNo = { yes: words.answerYes, no: words.answerNo };
  const c = (key: keyof ReturnType<typeof messagesFor>["exports"]["columns"]) => t(`columns.${key}`);
  const name = (activity: { nameSv: string; nameEn: string }) =>
    locale === "sv" ? activity.nameSv : activity.nameEn;
  // Counted first for the audit entry; a registration arriving meanwhile may make the file one longer.
  const { count } = await kysely
    .selectFrom("Attendee")
    .select(sql<number>`count(*)::int`.as("count"))
    .where("eventId", "=", eventId)
    .where("status", "=", "active")
    .executeTakeFirstOrThrow();
  const rows = mapRows(streamAttendees(eventId), (attendee) => [
    attendee.name,
    attendee.email,
    attendee.title,
    attendee.phone ?? "",
    attendee.organisation.name,
    attendee.organisation.isMember ? t("yes") : t("no"),
    attendee.registration.reference,
    attendee.signups
      .filter((signup) => signup.status === "confirmed")
      .map((signup) => name(signup.activity))
      .join(", "),
    attendee.signups
      .filter((signup) => signup.status === "waitlisted")
      .map((signup) => name(signup.activity))
      .join(", "),
    attendee.signups
      .filter((signup) => signup.status === "pending")
      .map((signup) => name(signup.activity))
      .join(", "),
    dietText(attendee.dietChoices, locale),
    attendee.dietOther,
    attendee.allergies,
    attendee.accessibilityNeeds,
    attendee.isVotingDelegate ? t("yes") : t("no"),
    attendee.listConsent ? t("yes") : t("no"),
    attendee.checkedInAt ? attendee.checkedInAt.toISOString() : "",
    ...questions.map((question) => {
      const answers = attendee.answers as Record<string, string>;
      return Object.hasOwn(answers, question.key)
        ? answerText(question, answers[question.key]!, locale, yesNo)
        : "";
    }),
  ]);
  return {
    title: t("participants"),
    columns: [
      c("name"),
      c("email"),
      c("title"),
      c("phone"),
      c("organisation"),
      c("member"),
      c("reference"),
      c("activities"),
      c("waitlist"),
      c("pendingApproval"),
      c("diet"),
      c("dietOther"),
      c("allergies"),
      c("accessibility"),
      c("votingDelegate"),
      c("listConsent"),
      c("checkedIn"),
      ...questions.map((question) => (locale === "sv" ? question.labelSv : question.labelEn)),
    ],
    widths: [24, 30, 22, 16, 22, 8, 12, 40, 24, 24, 18, 18, 20, 20, 8, 10, 20, ...questions.map(() => 18)],
    // A printed page has room for who, from where, what they attend and eat.
    printColumns: [0, 4, 2, 7, 9, 11],
    rows,
    rowCount: count,
  };
}

async function catering(eventId: string, t: Translator, locale: AppLocale): Promise<ExportContent> {
  const signups = await db.signup.findMany({
    where: { eventId, status: "confirmed", activity: { servesMeal: true }, attendee: { status: "active" } },
    include: { activity: true, attendee: { include: { organisation: true } } },
    orderBy: [{ activity: { startsAt: "asc" } }, { attendee: { name: "asc" } }],
  });
  return {
    title: t("catering"),
    columns: [
      t("columns.meal"),
      t("columns.name"),
      t("columns.organisation"),
      t("columns.diet"),
      t("columns.dietOther"),
      t("columns.allergies"),
    ],
    widths: [28, 28, 26, 22, 22, 28],
    rows: signups.map((signup) => [
      locale === "sv" ? signup.activity.nameSv : signup.activity.nameEn,
      signup.attendee.name,
      signup.attendee.organisation.name,
      dietText(signup.attendee.dietChoices, locale),
      signup.attendee.dietOther,
      signup.attendee.allergies,
    ]),
    totals: cateringTotals(signups, t, locale),
  };
}

/** Per meal: the guests, then how many of them need each diet, and how many have allergies. */
function cateringTotals(
  signups: {
    activity: { nameSv: string; nameEn: string };
    attendee: { dietChoices: string[]; dietOther: string; allergies: string };
  }[],
  t: Translator,
  locale: AppLocale,
) {
  const meals = new Map<string, typeof signups>();
  for (const signup of signups) {
    const meal = locale === "sv" ? signup.activity.nameSv : signup.activity.nameEn;
    meals.set(meal, [...(meals.get(meal) ?? []), signup]);
  }
  const rows: ExportRow[] = [];
  for (const [meal, guests] of meals) {
    rows.push([meal, t("allGuests"), guests.length]);
    for (const diet of DIET_CHOICES) {
      const count = guests.filter((guest) => guest.attendee.dietChoices.includes(diet)).length;
      if (count > 0) rows.push([meal, dietText([diet], locale), count]);
    }
    const other = guests.filter((guest) => guest.attendee.dietOther.trim()).length;
    if (other > 0) rows.push([meal, t("columns.dietOther"), other]);
    const allergies = guests.filter((guest) => guest.attendee.allergies.trim()).length;
    if (allergies > 0) rows.push([meal, t("columns.allergies"), allergies]);
  }
  return {
    title: t("cateringTotals"),
    sheetName: t("sheets.totals"),
    columns: [t("columns.meal"), t("columns.diet"), t("columns.count")],
    rows,
  };
}

async function organisations(eventId: string, t: Translator): Promise<ExportContent> {
  const rows = await organisationAttendance(eventId);
  return {
    title: t("organisations"),
    columns: [
      t("columns.organisation"),
      t("columns.member"),
      t("columns.votes"),
      t("columns.attendees"),
      t("columns.votingDelegate"),
    ],
    widths: [32, 10, 10, 10, 10],
    rows: rows.map((row) => [
      row.name,
      row.isMember ? t("yes") : t("no"),
      row.votes,
      row.attendees,
      row.delegate ? t("yes") : t("no"),
    ]),
  };
}

/** The list a site needs of its visitors: who is coming, with the details it asked for. */
async function visitors(
  eventId: string,
  activityKey: string | undefined,
  t: Translator,
  locale: AppLocale,
): Promise<ExportContent> {
  const activity = await db.activity.findFirst({ where: { eventId, key: activityKey ?? "" } });
  if (!activity) throw new AppError("not_found", "no such activity");
  const questions = parseQuestions(activity.questions);
  const words = messagesFor(locale).registerForm.needsStep;
  const yesNo = { yes: words.answerYes, no: words.answerNo };
  const signups = await db.signup.findMany({
    where: {
      activityId: activity.id,
      status: { in: ["confirmed", "waitlisted"] },
      attendee: { status: "active" },
    },
    include: { attendee: { include: { organisation: true } } },
    orderBy: [{ status: "asc" }, { queueNumber: "asc" }, { attendee: { name: "asc" } }],
  });
  let position = 0;
  return {
    title: t("visitors", { activity: locale === "sv" ? activity.nameSv : activity.nameEn }),
    columns: [
      t("columns.name"),
      t("columns.organisation"),
      t("columns.email"),
      t("columns.phone"),
      t("columns.signupStatus"),
      ...questions.map((question) => (locale === "sv" ? question.labelSv : question.labelEn)),
    ],
    widths: [26, 24, 30, 16, 16, ...questions.map(() => 18)],
    rows: signups.map((signup) => {
      const answers = signup.answers as Record<string, string>;
      const status =
        signup.status === "confirmed" ? t("confirmed") : t("waitlisted", { position: ++position });
      return [
        signup.attendee.name,
        signup.attendee.organisation.name,
        signup.attendee.email,
        signup.attendee.phone ?? "",
        status,
        ...questions.map((question) =>
          answers[question.key] ? answerText(question, answers[question.key]!, locale, yesNo) : "",
        ),
      ];
    }),
  };
}

// The spreadsheet tab of each list (exports.sheets), all within Excel's 31 characters.
const SHEET_KEYS = new Map<
  ExportKind,
  | "participants"
  | "catering"
  | "organisations"
  | "votingRegister"
  | "entranceList"
  | "visitors"
  | "evaluation"
  | "roomingList"
  | "transport"
>([
  ["evaluation", "evaluation"],
  ["rooming-list", "roomingList"],
  ["transport", "transport"],
  ["participants", "participants"],
  ["catering", "catering"],
  ["organisations", "organisations"],
  ["voting-register", "votingRegister"],
  ["entrance-list", "entranceList"],
  ["visitors", "visitors"],
]);

/** Builds an export for staff with at least the viewer role, and records who took it. */
export async function buildExport(
  staff: Staff | null,
  input: {
    slug: string;
    kind: ExportKind;
    format: ExportFormat;
    locale: AppLocale;
    activityKey?: string;
    version?: number;
    /** The rooming list of one hotel; all hotels without it. */
    hotelId?: string;
  },
): Promise<ExportTable> {
  const event = await db.event.findUnique({ where: { slug: input.slug } });
  if (!event) throw new AppError("not_found", "no such event");
  // The details a site asks of its visitors (date of birth, nationality) are for admins only.
  const role = await requireEventRole(staff, event.id, input.kind === "visitors" ? "admin" : "viewer");
  // The meeting's questions read by administrators only stay out of other staff's lists.
  const meetingQuestions = askedQuestions(event.questions).filter(
    (question) => role === "admin" || question.visibility === "staff",
  );
  const t = createTranslator({
    locale: input.locale,
    messages: messagesFor(input.locale),
    namespace: "exports",
    formats,
    timeZone: TIME_ZONE,
  });
  const table =
    input.kind === "participants"
      ? await participants(event.id, t, input.locale, meetingQuestions)
      : input.kind === "catering"
        ? await catering(event.id, t, input.locale)
        : input.kind === "organisations"
          ? await organisations(event.id, t)
          : input.kind === "voting-register"
            ? await votingRegisterTable(event.id, input.version, t)
            : input.kind === "entrance-list"
              ? await entranceListTable(event.id, t)
              : input.kind === "evaluation"
                ? await evaluationTable(event.id, input.locale, t)
                : input.kind === "rooming-list"
                  ? await roomingListTable(event.id, input.hotelId, t)
                  : input.kind === "transport"
                    ? await transportTable(event.id, input.locale, t)
                    : await visitors(event.id, input.activityKey, t, input.locale);
  await db.$transaction((tx) =>
    writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: `export.${input.kind}`,
      entityType: "Event",
      entityId: event.id,
      changes: {
        format: input.format,
        rows: rowCountOf(table),
        activity: input.activityKey ?? null,
        version: input.version ?? null,
      },
    }),
  );
  return {
    ...table,
    meeting: input.locale === "sv" ? event.nameSv : event.nameEn,
    sheetName: t(`sheets.${SHEET_KEYS.get(input.kind)!}`),
    printedAt: new Date(),
    locale: input.locale,
    fileName: `${input.kind}${input.activityKey ? `-${input.activityKey}` : ""}${input.version ? `-v${input.version}` : ""}-${event.slug}`,
  };
}
