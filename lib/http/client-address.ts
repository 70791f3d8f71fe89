import "server-only";
import { isIP } from "node:net";
import { env } from "@/lib/env";
import { logWarning } from "@/lib/log";

let warned = false;

/** An IPv6 client is keyed on its /64: one subscriber is given a whole /64 to choose from. */
function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * The client's address for rate limiting: never a value the client chose.
 *
 * server.mjs writes the TCP peer's address into a header of its own (replacing any the client
 * sent) and names that header in SIK_PEER_ADDRESS_HEADER. With TRUSTED_PROXY_HOPS = 0 the peer is
 * the client. With N trusted proxies in front, each appends the address it saw to
 * X-Forwarded-For, so the entry N from the end is the one the outermost trusted proxy wrote;
 * anything before it is the client's own say. Started without server.mjs (plain `next start`)
 * no address can be trusted, and every request shares one key.
 */
export function clientAddress(headers: Headers): string {
  const peerHeader = process.env.SIK_PEER_ADDRESS_HEADER;
  const peer = peerHeader ? headers.get(peerHeader) : null;
  if (!peer) {
    if (!warned) logWarning("client address unknown: start the app with server.mjs (npm start)");
    warned = true;
    return "unknown";
  }
  return resolveClientAddress(peer, headers.get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS);
}

/** The rule itself: the peer, or the entry `hops` from the end of what trusted proxies appended. */
export function resolveClientAddress(peer: string, forwardedFor: string | null, hops: number): string {
  if (hops === 0) return rateLimitKey(peer);
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const written = forwarded[forwarded.length - hops];
  return rateLimitKey(written && isIP(written) ? written : peer);
}
