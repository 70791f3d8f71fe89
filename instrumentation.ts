// Runs once when the Next.js server starts. Logs are masked first, so no personal data reaches
// them. The outbox worker lives in the app process by default, so `npm start` needs nothing else;
// set OUTBOX_WORKER=off when `npm run worker` runs it instead.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { redactConsole } = await import("./lib/log");
  redactConsole();
  if (process.env.OUTBOX_WORKER === "off") return;
  const { startInlineWorker } = await import("./lib/mail/start-inline-worker");
  startInlineWorker();
}
