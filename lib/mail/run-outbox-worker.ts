import "server-only";
import type { Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { claimOutboxEmails, deliverOutboxEmail, requeueInterruptedEmails } from "./deliver-outbox";
import { enqueueDueReminders } from "./enqueue-email";
import { sendDueNotices } from "@/lib/documents/send-due-notices";
import { remindHotelReleases } from "@/lib/stay/remind-hotel-releases";
import { closeMailTransport, mailTransport } from "./transport";
import { redact } from "@/lib/log";
import { runMaintenance } from "@/lib/privacy/run-maintenance";

const BATCH = 10;
// Batches in flight at once: rendering a mail is CPU work and sending it waits on the network, so
// with one batch at a time the process idled half the time (docs/performance.md). Rows are claimed
// with SKIP LOCKED, so the lanes never take the same mail.
const LANES = 4;
const MAINTENANCE_INTERVAL_MS = 10 * 60 * 1000;

/** One pass: queue due reminders and notices, then send everything that is due now. Returns how many were tried. */
export async function drainOutbox(transport: Transporter, now = () => new Date()): Promise<number> {
  await requeueInterruptedEmails(now());
  await enqueueDueReminders(now());
  await sendDueNotices(now());
  await remindHotelReleases(now());
  let tried = 0;
  const lane = async () => {
    for (;;) {
      const batch = await claimOutboxEmails(BATCH, now());
      if (batch.length === 0) return;
      await Promise.all(batch.map((email) => deliverOutboxEmail(email, transport, now)));
      tried += batch.length;
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  return tried;
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    // The listener goes when the sleep ends, or every poll would leave one on the signal.
    const wake = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    signal.addEventListener("abort", wake, { once: true });
  });
}

/**
 * Drains the outbox until `signal` aborts. Safe to run in every app instance and as its own
 * process at the same time: rows are claimed with SKIP LOCKED, so no mail is sent twice. Without
 * SMTP_URL the mails wait, but the scheduled clean-up (retention) still runs.
 */
export async function runOutboxWorker(signal: AbortSignal, log: (message: string) => void = console.log) {
  const transport = mailTransport();
  log(
    transport
      ? "outbox: worker started"
      : "outbox: SMTP_URL is not set; e-mails wait in the outbox until it is.",
  );
  let maintainedAt = 0;
  while (!signal.aborted) {
    try {
      // Retention and clean-up ride on the worker, so they run wherever the worker does.
      if (Date.now() - maintainedAt > MAINTENANCE_INTERVAL_MS) {
        maintainedAt = Date.now();
        const done = await runMaintenance();
        if (done.anonymisedEvents > 0) log(`maintenance: anonymised ${done.anonymisedEvents} event(s)`);
      }
      const tried = transport ? await drainOutbox(transport) : 0;
      if (tried === 0) await sleep(env.OUTBOX_POLL_SECONDS * 1000, signal);
    } catch (error) {
      // The database may be restarting; keep the worker alive and try again shortly.
      log(
        `outbox: pass failed (${redact(error instanceof Error ? error.message : String(error))}); retrying`,
      );
      await sleep(env.OUTBOX_POLL_SECONDS * 5000, signal);
    }
  }
  closeMailTransport();
}
