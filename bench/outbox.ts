// `npm run bench:outbox`: how many mails a second the outbox worker delivers to a local SMTP sink
// (in a process of its own), first as one worker, then as two worker processes side by side,
// rendering each attendee's real confirmation (HTML, text, calendar file and QR code).
// Prints figures; asserts nothing. Not part of `npm test`.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort } from "../tests/setup/free-port";
import { BENCH_ENV } from "./lib/ensure-build";
import { seedAttendees } from "./lib/seed-attendees";
import { withScratchDatabase } from "./lib/scratch-database";

const MAILS = Number(process.env.BENCH_MAILS ?? 1000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);

async function main() {
  const port = await freePort();
  const sink = spawn(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "lib/smtp-sink-process.ts"), String(port)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let sinkOutput = "";
  sink.stdout!.on("data", (chunk: Buffer) => (sinkOutput += chunk.toString()));
  while (!sinkOutput.includes("ready")) await once(sink.stdout!, "data");
  const smtpUrl = `smtp://127.0.0.1:${port}`;
  try {
    await withScratchDatabase("outbox", async (url) => {
      Object.assign(process.env, {
        DATABASE_URL: url,
        SMTP_URL: smtpUrl,
        ...BENCH_ENV,
      });
      const { db } = await import("../lib/db");
      const event = await seedAttendees(db, 1000);
      const attendees = await db.attendee.findMany({ take: MAILS, select: { id: true, email: true } });
      const queue = () =>
        db.outboxEmail.createMany({
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
      const report = (label: string, sent: number, seconds: number) =>
        console.log(
          `  ${label.padEnd(46)} ${sent} mails in ${seconds.toFixed(1)} s: ${(sent / seconds).toFixed(0)} mails/s (target ≥ 150)`,
        );
      console.log(`Outbox: ${MAILS} confirmations (HTML, text, calendar file, QR code) to a local SMTP sink`);

      await queue();
      const { drainOutbox } = await import("../lib/mail/run-outbox-worker");
      const { closeMailTransport, mailTransport } = await import("../lib/mail/transport");
      const started = performance.now();
      const sent = await drainOutbox(mailTransport()!);
      report("one worker (this process, 5 connections)", sent, (performance.now() - started) / 1000);
      closeMailTransport();

      // Worker processes as `npm run worker` runs them, on the same outbox (claims use SKIP LOCKED).
      const runProcesses = async (label: string, count: number, smtpUrl: string) => {
        await queue();
        const workers = Array.from({ length: count }, () =>
          spawn(
            process.execPath,
            [
              // e.g. BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the workers alone
              ...(process.env.BENCH_WORKER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
              "--require",
              "./scripts/lib/server-context.cjs",
              "--import",
              "tsx",
              "bench/lib/drain-outbox-process.ts",
            ],
            {
              cwd: path.join(__dirname, ".."),
              env: { ...process.env, SMTP_URL: smtpUrl },
              stdio: ["pipe", "pipe", "inherit"],
            },
          ),
        );
        const outputs = workers.map(() => "");
        workers.forEach((worker, index) =>
          worker.stdout!.on("data", (chunk: Buffer) => (outputs[index] += chunk.toString())),
        );
        await Promise.all(
          workers.map(async (worker, index) => {
            while (!outputs[index]!.includes("ready")) await once(worker.stdout!, "data");
          }),
        );
        const started = performance.now();
        for (const worker of workers) worker.stdin!.write("go\n");
        const counts = await Promise.all(
          workers.map(async (worker, index) => {
            if (worker.exitCode === null) await once(worker, "exit");
            return Number(/tried (\d+)/.exec(outputs[index]!)?.[1] ?? 0);
          }),
        );
        report(
          `${label} (${counts.join(" + ")})`,
          counts.reduce((a, b) => a + b, 0),
          (performance.now() - started) / 1000,
        );
      };
      // Whether the number of SMTP connections (5 by default, SMTP_URL's query may say more) limits a
      // worker: it did while every SMTP command waited on Nagle's algorithm (docs/performance.md).
      await runProcesses("one worker, ?maxConnections=10", 1, `${smtpUrl}?maxConnections=10`);
      await runProcesses(`${WORKERS} worker processes`, WORKERS, smtpUrl);
      sink.kill("SIGTERM");
      await once(sink, "exit");
      console.log(
        `  the sink (its own process)         ${sinkOutput.match(/received \d+/)?.[0]}, expected ${3 * MAILS}`,
      );
      const { pool } = await import("../lib/sql");
      await db.$disconnect();
      await pool.end();
    });
  } finally {
    if (sink.exitCode === null) sink.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
