import "server-only";
import type { Transporter } from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
import { db } from "@/lib/db";
import { sql } from "kysely";
import type { OutboxStatus } from "@/lib/generated/kysely/enums";
import { kysely } from "@/lib/sql";
import { env } from "@/lib/env";
import type { OutboxEmail, Prisma } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { assertPrototypeIntact, PrototypePollutedError } from "@/lib/security/prototype-guard";
import { renderOutboxEmail } from "./render-outbox-email";

/**
 * Claims due mails for this worker in one statement. SKIP LOCKED lets several workers (one per
 * app instance, or `npm run worker`) claim side by side without ever taking the same row.
 */
export async function claimOutboxEmails(limit: number, now = new Date()): Promise<OutboxEmail[]> {
  const leaseUntil = new Date(now.getTime() + env.OUTBOX_LEASE_SECONDS * 1000);
  // Kysely on the shared pool, as for the sent mark: it runs for every batch (lib/sql.ts).
  const rows = await kysely
    .updateTable("OutboxEmail")
    .set((eb) => ({
      status: "sending",
      attempts: eb("attempts", "+", 1),
      nextAttemptAt: leaseUntil,
      updatedAt: now,
    }))
    .where("id", "in", (eb) =>
      eb
        .selectFrom("OutboxEmail")
        .select("id")
        .where("status", "=", "pending")
        .where("nextAttemptAt", "<=", now)
        .orderBy("createdAt")
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
  return rows.map((row) => ({ ...row, payload: row.payload as Prisma.JsonValue }));
}

/**
 * A crash between claiming a mail and recording the outcome leaves the row "sending" after its
 * lease. Whether it went out cannot be known, and a lost confirmation is worse than a rare second
 * copy, so it is sent again (at least once), unless its attempts are used up. Its Message-ID is
 * the row's id on every attempt, so a mail client or server recognises a duplicate.
 */
export async function requeueInterruptedEmails(now = new Date()): Promise<number> {
  const result = await kysely
    .updateTable("OutboxEmail")
    .set((eb) => ({
      status: eb
        .case()
        .when("attempts", ">=", env.OUTBOX_MAX_ATTEMPTS)
        // A CASE of bare literals would be text, which the enum column does not take.
        .then(sql<OutboxStatus>`'failed'::"OutboxStatus"`)
        .else(sql<OutboxStatus>`'pending'::"OutboxStatus"`)
        .end(),
      lastError: "Interrupted while sending; sent again",
      nextAttemptAt: now,
      updatedAt: now,
    }))
    .where("status", "=", "sending")
    .where("nextAttemptAt", "<", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

function retryDelaySeconds(attempts: number): number {
  // Doubling from OUTBOX_RETRY_SECONDS, capped at six hours, with a little jitter.
  const base = Math.min(env.OUTBOX_RETRY_SECONDS * 2 ** (attempts - 1), 6 * 3600);
  return base * (0.9 + Math.random() * 0.2);
}

/** The payload without the secrets it carried (private links, sign-in links). */
function withoutSecrets(payload: Prisma.JsonValue): Prisma.InputJsonValue {
  const {
    manageToken: _link,
    signInUrl: _signIn,
    ...rest
  } = payload as Record<string, Prisma.InputJsonValue>;
  return rest;
}

/** Sends one claimed mail and records the outcome: sent, retry later, or failed for good. */
export async function deliverOutboxEmail(email: OutboxEmail, transport: Transporter, now = () => new Date()) {
  try {
    // A polluted Object.prototype would add fields (a bcc) to every message: send nothing then.
    assertPrototypeIntact();
    const rendered = await renderOutboxEmail(email, now());
    // The message is built whole before it is sent: streamed, its few dozen pieces each cost a
    // socket write of their own, a tenth of the worker's time (docs/performance.md: outbox).
    const message = new MailComposer({
      from: env.MAIL_FROM,
      to: rendered.to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: rendered.attachments,
      messageId: `<${email.id}@${new URL(env.PUBLIC_BASE_URL).hostname}>`,
      // What nodemailer would choose for text that is mostly Latin letters, said outright: left to
      // choose, it counts every letter of the HTML into an array first.
      textEncoding: "quoted-printable",
    }).compile();
    await transport.sendMail({ envelope: message.getEnvelope(), raw: await message.build() });
    // The links have reached their owner; the outbox need not keep them. Kysely on the pool:
    // this runs once per mail sent (lib/sql.ts says why).
    const sentAt = now();
    await kysely
      .updateTable("OutboxEmail")
      .set({
        status: "sent",
        sentAt,
        lastError: null,
        payload: JSON.stringify(withoutSecrets(email.payload)),
        updatedAt: sentAt,
      })
      .where("id", "=", email.id)
      .execute();
    return "sent" as const;
  } catch (error) {
    if (error instanceof PrototypePollutedError) logError("outbox: refusing to send", error);
    const message = error instanceof Error ? error.message : String(error);
    const finalAttempt = email.attempts >= env.OUTBOX_MAX_ATTEMPTS;
    await db.outboxEmail.update({
      where: { id: email.id },
      data: {
        status: finalAttempt ? "failed" : "pending",
        lastError: message.slice(0, 1000),
        nextAttemptAt: new Date(now().getTime() + retryDelaySeconds(email.attempts) * 1000),
      },
    });
    return finalAttempt ? ("failed" as const) : ("retry" as const);
  }
}
