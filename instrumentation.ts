// Runs once when the Next.js server starts: the outbox worker lives in the app process by default,
// so `npm start` needs nothing else. Set OUTBOX_WORKER=off when `npm run worker` runs it instead.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.OUTBOX_WORKER === "off") return;
  const { runOutboxWorker } = await import("./lib/mail/run-outbox-worker");
  const stop = new AbortController();
  process.once("SIGTERM", () => stop.abort());
  process.once("SIGINT", () => stop.abort());
  void runOutboxWorker(stop.signal);
}
