// One outbox worker process, as `npm run worker` runs it: once loaded it prints "ready", waits for
// a line on stdin (so start-up is not timed), drains what is due, prints how many mails it tried
// and exits: `node --require ./scripts/lib/server-context.cjs --import tsx
// bench/lib/drain-outbox-process.ts` with DATABASE_URL and SMTP_URL set.
import { drainOutbox } from "../../lib/mail/run-outbox-worker";
import { closeMailTransport, mailTransport } from "../../lib/mail/transport";

async function main() {
  console.log("ready");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  const tried = await drainOutbox(mailTransport()!);
  closeMailTransport();
  console.log(`tried ${tried}`);
  process.exit(0);
}

void main();
