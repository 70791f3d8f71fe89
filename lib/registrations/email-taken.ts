import type { FieldIssue } from "@/lib/errors";
import { AppError } from "@/lib/errors";

/**
 * The rule "an address is registered once per meeting", told the same way wherever it is met:
 * the field of each of *your* delegates whose address is taken, never who registered it.
 */
export function emailTakenIssues(
  emails: readonly string[],
  taken: ReadonlySet<string>,
  fieldOf: (index: number) => string,
): FieldIssue[] {
  return emails.flatMap((email, index) =>
    taken.has(email) ? [{ field: fieldOf(index), code: "emailTaken" as const }] : [],
  );
}

/** The conflict for addresses already registered (the unique index's answer as well). */
export function emailTaken(fields: FieldIssue[]): AppError {
  return new AppError("conflict", "e-mail already registered", fields);
}
