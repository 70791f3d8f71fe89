// Runs once when the Next.js server starts: the outbox worker lives in the app process by default,
// so `npm start` needs nothing else. Set OUTBOX_WORKER=off when `npm run worker` runs it instead.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.OUTBOX_WORKER === "off") return;
  const { startInlineWorker } = await import("./lib/mail/start-inline-worker");
  startInlineWorker();
}
