import { createHash } from "node:crypto";
import type { RegistrationInput } from "@/lib/validation/registration";

/** JSON with every object's keys in order, so the same request always serialises the same way. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * What a registration request asked for, as a SHA-256 hex digest of the validated input without
 * its idempotency key and event. Stored with the key: a repeat with the same fingerprint is a retry and gets
 * the first answer; a different request under the same key is refused (IETF Idempotency-Key draft).
 */
export function requestFingerprint(input: RegistrationInput & { eventSlug?: string }): string {
  // The key is what is compared against; the event is the key's scope already.
  const { idempotencyKey: _key, eventSlug: _event, ...request } = input;
  return createHash("sha256").update(canonical(request)).digest("hex");
}
