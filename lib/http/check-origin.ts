import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Refuses a state-changing request a browser sent from another site. Browsers always say where a
 * request comes from (Origin, Sec-Fetch-Site); integrations calling the API from a server send
 * neither and are let through, as the API is meant for them.
 */
export function assertSameOrigin(request: Request) {
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    throw new AppError("forbidden", "cross-site request");
  }
  const origin = request.headers.get("origin");
  if (!origin) return;
  const allowed = new Set([new URL(env.PUBLIC_BASE_URL).origin, new URL(request.url).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) allowed.add(`${new URL(request.url).protocol}//${host}`);
  if (!allowed.has(origin)) throw new AppError("forbidden", "foreign origin");
}
