// Logs say what failed and where, never whom it was about: e-mail addresses, phone numbers and
// quoted values (PostgreSQL puts the offending value in its messages) are masked before printing.
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

/** One line about an unexpected error: where, its kind and code, and a masked message. */
export function logError(where: string, error: unknown) {
  if (!(error instanceof Error)) {
    console.error(`${where}: ${redact(String(error))}`);
    return;
  }
  const code = (error as { code?: unknown }).code;
  const stack =
    error.stack
      ?.split("\n")
      .slice(1, 4)
      .map((line) => line.trim())
      .join(" | ") ?? "";
  console.error(
    `${where}: ${error.name}${code ? ` ${String(code)}` : ""}: ${redact(error.message)} (${stack})`,
  );
}

/**
 * Masks personal data in everything the process prints, including what Next.js and libraries log
 * on their own (an unexpected error's message can quote a row's values).
 */
export function redactConsole() {
  for (const level of ["log", "info", "warn", "error"] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) =>
      original(
        ...args.map((arg) =>
          typeof arg === "string"
            ? redact(arg)
            : arg instanceof Error
              ? `${arg.name}: ${redact(arg.message)}\n${arg.stack?.split("\n").slice(1).join("\n") ?? ""}`
              : arg,
        ),
      );
  }
}
