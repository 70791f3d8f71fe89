import "server-only";
import { env } from "@/lib/env";

/**
 * The client's address for rate limiting. Next.js puts the socket's address in X-Forwarded-For
 * only when the header is absent, and each trusted reverse proxy appends the address it saw, so
 * the entry TRUSTED_PROXY_HOPS from the end is the one nobody but us could have written.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - 1 - env.TRUSTED_PROXY_HOPS)] ?? "unknown";
}
