import "server-only";
import { runOutboxWorker } from "./run-outbox-worker";

/** Runs the outbox worker inside the app process until the process is told to stop. */
export function startInlineWorker() {
  const stop = new AbortController();
  process.once("SIGTERM", () => stop.abort());
  process.once("SIGINT", () => stop.abort());
  void runOutboxWorker(stop.signal);
}
