// `npm run bench:outbox`: how many mails a second the outbox worker delivers to a local SMTP sink,
// rendering each attendee's real confirmation (HTML, text, calendar file and QR code).
// Prints figures; asserts nothing. Not part of `npm test`.
import { performance } from "node:perf_hooks";
import { SmtpSink } from "../tests/integration/helpers/smtp-sink";
import { freePort } from "../tests/setup/free-port";
import { BENCH_ENV } from "./lib/ensure-build";
import { seedAttendees } from "./lib/seed-attendees";
import { withScratchDatabase } from "./lib/scratch-database";

const MAILS = Number(process.env.BENCH_MAILS ?? 1000);

async function main() {
  const sink = new SmtpSink(await freePort());
  await sink.start();
  try {
    await withScratchDatabase("outbox", async (url) => {
      Object.assign(process.env, {
        DATABASE_URL: url,
        SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
        ...BENCH_ENV,
      });
      const { db } = await import("../lib/db");
      const event = await seedAttendees(db, 1000);
      const attendees = await db.attendee.findMany({ take: MAILS, select: { id: true, email: true } });
      await db.outboxEmail.createMany({
        data: Array.from({ length: MAILS }, (_, index) => {
          const attendee = attendees[index % attendees.length]!;
          return {
            eventId: event.id,
            recipient: attendee.email,
            template: "attendee-confirmation",
            payload: { attendeeId: attendee.id, manageToken: "bench-token-bench-token-bench-token-00" },
          };
        }),
      });
      const { drainOutbox } = await import("../lib/mail/run-outbox-worker");
      const { mailTransport } = await import("../lib/mail/transport");
      const started = performance.now();
      const sent = await drainOutbox(mailTransport()!);
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${sent} mails (confirmation with calendar file and QR code) in ${seconds.toFixed(1)} s: ` +
          `${(sent / seconds).toFixed(0)} mails/s (target ≥ 100); the sink received ${sink.received.length}`,
      );
      await db.$disconnect();
    });
  } finally {
    await sink.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
