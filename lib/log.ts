// Logs say what failed and where, never whom it was about: e-mail addresses, phone numbers and
// quoted values (PostgreSQL puts the offending value in its messages) are masked before printing.
import { format, inspect } from "node:util";

const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;
const PHONE = /(?:\+|\b0)\d[\d -]{6,}\d/g;
// PostgreSQL's "Key (email)=(value)" and any double-quoted value.
const KEY_VALUE = /=\([^)]{0,200}\)/g;
const QUOTED = /"[^"]{1,200}"/g;

/** The text with personal data masked, for a log line. */
export function redact(text: string): string {
  return text
    .replace(EMAIL, "[e-mail]")
    .replace(PHONE, "[number]")
    .replace(KEY_VALUE, "=(…)")
    .replace(QUOTED, '"…"');
}

/** A warning about the app's own state (never about a person). */
export function logWarning(text: string) {
  console.warn(`warning: ${redact(text)}`);
}

/** One line about an unexpected error: where, its kind and code, and a masked message. */
export function logError(where: string, error: unknown) {
  if (!(error instanceof Error)) {
    console.error(`${where}: ${redact(String(error))}`);
    return;
  }
  const code = (error as { code?: unknown }).code;
  // The stack's frames only: a multi-line message would otherwise come back through the stack.
  const stack = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 3)
    .map((line) => line.trim())
    .join(" | ");
  const message = error.message.replace(/\s*\n\s*/g, " ");
  console.error(redact(`${where}: ${error.name}${code ? ` ${String(code)}` : ""}: ${message} (${stack})`));
}

// inspect() quotes an object's strings with single quotes (or backticks); any of them can be a name.
const INSPECTED_STRING = /'(?:[^'\\\n]|\\.){1,200}'|`[^`\n]{1,200}`/g;

/** An argument to console made safe to format: an object's strings are masked whole. */
function maskValue(arg: unknown): unknown {
  if (typeof arg === "string" || typeof arg === "number" || typeof arg === "boolean") return arg;
  if (arg instanceof Error) return arg;
  return inspect(arg, { depth: 4, breakLength: Infinity }).replace(INSPECTED_STRING, "'…'");
}

/**
 * Masks personal data in everything the process prints, including what Next.js and libraries log
 * on their own (an unexpected error's message can quote a row's values).
 */
export function redactConsole() {
  for (const level of ["log", "info", "warn", "error"] as const) {
    const original = console[level].bind(console);
    // Everything is formatted to one string first, as console would, and masked whole: objects,
    // errors with multi-line messages and format arguments included.
    console[level] = (...args: unknown[]) => original(redact(format(...args.map(maskValue))));
  }
}
