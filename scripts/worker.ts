// `npm run worker`: the outbox worker as its own process, for installations that run several app
// instances with OUTBOX_WORKER=off. It stops cleanly on Ctrl-C or SIGTERM.
import { runOutboxWorker } from "../lib/mail/run-outbox-worker";

const stop = new AbortController();
process.once("SIGINT", () => stop.abort());
process.once("SIGTERM", () => stop.abort());

runOutboxWorker(stop.signal).catch((error: unknown) => {
  console.error(`✖ The outbox worker stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
