import "server-only";
import { randomUUID } from "node:crypto";
import type { DbOrTx } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DB } from "@/lib/generated/kysely/database";
import { sql, type Insertable } from "kysely";
import { jsonBuildObject } from "kysely/helpers/postgres";
import { kysely } from "@/lib/sql";

export type EmailTemplate =
  | "registration-received"
  | "attendee-confirmation"
  | "attendee-changed"
  | "attendee-cancelled"
  | "registration-cancelled"
  | "registration-changed"
  | "waitlist-promoted"
  | "reminder"
  | "sign-in-link"
  | "staff-message"
  | "registration-pending"
  | "registration-approved"
  | "invitation"
  | "mandate-request"
  | "meeting-notice"
  | "evaluation"
  | "hotel-release";

/**
 * Writes an e-mail to the outbox inside the caller's transaction; the outbox worker sends it after
 * commit. A payload may carry a private link's token: the database keeps only token hashes
 * elsewhere, and the worker removes the token from the payload once the mail has been sent.
 */
export async function enqueueEmail(tx: DbOrTx, email: NewEmail) {
  await enqueueEmails(tx, [email]);
}

export type NewEmail = {
  /** Null for mails that belong to no meeting (sign-in links). */
  eventId: string | null;
  recipient: string;
  locale: Locale;
  template: EmailTemplate;
  payload: Prisma.InputJsonValue;
  /** A mail with a dedupe key is queued once, however often it is asked for. */
  dedupeKey?: string;
};

/**
 * Whether an address is one the app keeps for someone without a real one (a walk-in who gave
 * none, an erased person): the reserved .invalid domain, to which nothing is ever sent.
 */
export function isUndeliverable(address: string): boolean {
  return /@(.+\.)?invalid$/i.test(address);
}

/** Several e-mails in one statement, inside the caller's transaction (or on their own). */
export async function enqueueEmails(tx: DbOrTx, emails: NewEmail[]) {
  const rows = outboxRows(emails);
  if (rows.length > 0) await tx.outboxEmail.createMany({ data: rows, skipDuplicates: true });
}

/**
 * Queues a reminder for every active attendee of events that start within their reminder window.
 * The dedupe key makes it once per attendee, however often this runs and however many workers run it.
 */
export async function enqueueDueReminders(now = new Date()): Promise<number> {
  const result = await kysely
    .insertInto("OutboxEmail")
    .columns([
      "id",
      "eventId",
      "recipient",
      "locale",
      "template",
      "payload",
      "dedupeKey",
      "nextAttemptAt",
      "createdAt",
      "updatedAt",
    ])
    .expression((eb) =>
      eb
        .selectFrom("Attendee as a")
        .innerJoin("Event as e", "e.id", "a.eventId")
        .select((row) => [
          sql<string>`gen_random_uuid()`.as("id"),
          "a.eventId",
          "a.email",
          "a.locale",
          sql.lit<EmailTemplate>("reminder").as("template"),
          jsonBuildObject({ attendeeId: row.ref("a.id") }).as("payload"),
          sql<string>`'reminder:' || ${row.ref("a.id")}`.as("dedupeKey"),
          sql<Date>`${now}`.as("nextAttemptAt"),
          sql<Date>`${now}`.as("createdAt"),
          sql<Date>`${now}`.as("updatedAt"),
        ])
        .where("a.status", "=", "active")
        // The reserved domain of walk-ins without an address (isUndeliverable).
        .where("a.email", "not ilike", "%.invalid")
        .where("e.status", "in", ["open", "closed"])
        .where("e.reminderDaysBefore", ">", 0)
        .where(sql<Date>`e."startsAt" - make_interval(days => e."reminderDaysBefore")`, "<=", now)
        .where("e.startsAt", ">", now),
    )
    .onConflict((conflict) => conflict.column("dedupeKey").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/**
 * The outbox rows for these e-mails: the one shape of a new outbox row, written by enqueueEmails
 * above or, on the registration's hot path, by insertTogether (lib/sql.ts) in the same statement
 * as the registration.
 */
export function outboxRows(emails: NewEmail[]) {
  const now = new Date();
  return emails
    .filter((email) => !isUndeliverable(email.recipient))
    .map((email) => ({
      id: randomUUID(),
      ...email,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    })) satisfies Insertable<DB["OutboxEmail"]>[];
}
