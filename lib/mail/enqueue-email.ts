import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  | "staff-message";

/**
 * Writes an e-mail to the outbox inside the caller's transaction; the outbox worker sends it after
 * commit. A payload may carry a private link's token: the database keeps only token hashes
 * elsewhere, and the worker removes the token from the payload once the mail has been sent.
 */
export async function enqueueEmail(
  tx: Tx,
  email: {
    eventId: string;
    recipient: string;
    locale: Locale;
    template: EmailTemplate;
    payload: Prisma.InputJsonValue;
  },
) {
  await tx.outboxEmail.create({ data: email });
}

/** Several e-mails in one statement, inside the caller's transaction. */
export async function enqueueEmails(tx: Tx, emails: Parameters<typeof enqueueEmail>[1][]) {
  if (emails.length > 0) await tx.outboxEmail.createMany({ data: emails });
}

/** The same rows for a plain-SQL transaction to insert (lib/sql.ts insertRows). */
export function outboxRows(emails: Parameters<typeof enqueueEmail>[1][]) {
  const now = new Date();
  return emails.map((email) => ({
    id: randomUUID(),
    ...email,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  }));
}
