import { z } from "zod";
import { memberContactInput } from "@/lib/validation/member-contact";
import { organisationInput, type OrganisationInput } from "@/lib/validation/organisation";
import { toFieldIssues } from "@/lib/validation/field-errors";
import type { FieldIssue } from "@/lib/errors";

// The columns an uploaded register may have, by the words people use for them, in either language.
const COLUMNS = {
  name: ["namn", "name", "organisation", "kommun"],
  orgNumber: ["organisationsnummer", "orgnr", "org nr", "organisation number", "org number", "orgnumber"],
  kind: ["typ", "kind", "medlem", "member", "status"],
  votes: ["roster", "votes"],
  emailDomains: ["domaner", "e-postdomaner", "epostdomaner", "domains", "email domains"],
  contactName: ["kontaktperson", "kontakt", "contact", "contact name"],
  contactEmail: ["kontaktens e-post", "e-post", "epost", "email", "e-mail", "contact email"],
} as const;
type Column = keyof typeof COLUMNS;

const plain = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

const MEMBER_WORDS = new Set(["medlem", "member", "ja", "yes", "1", "true"]);
const OBSERVER_WORDS = new Set(["observator", "observer", "nej", "no", "0", "false"]);

export type ImportRow = {
  /** The row's line in the file, counting the header as line 1. */
  line: number;
  name: string;
  organisation: OrganisationInput | null;
  contact: { name: string; email: string } | null;
  /** "add" a new organisation, or "update" the one with this organisation number or name. */
  action: "add" | "update";
  existingId: string | null;
  errors: FieldIssue[];
};

/** Which column holds what, from the header row; the name column is required. */
export function mapColumns(header: string[]): Partial<Record<Column, number>> | null {
  const mapped: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const word = plain(cell);
    for (const [column, words] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (mapped[column] === undefined && words.includes(word)) {
        mapped[column] = index;
        return;
      }
    }
  });
  return mapped.name === undefined ? null : mapped;
}

/**
 * Each row of an uploaded register checked by the same rules as the register's own form: what it
 * would add or change, or what is wrong with it, field by field. Nothing is written here.
 */
export function previewRegisterImport(
  rows: string[][],
  existing: { id: string; name: string; orgNumber: string | null }[],
): { rows: ImportRow[]; columnsFound: boolean } {
  const columns = mapColumns(rows[0] ?? []);
  if (!columns) return { rows: [], columnsFound: false };
  const byNumber = new Map(existing.filter((row) => row.orgNumber).map((row) => [row.orgNumber!, row.id]));
  const byName = new Map(existing.map((row) => [row.name.toLowerCase(), row.id]));
  const seen = new Set<string>();
  const result = rows.slice(1).map((cells, index): ImportRow => {
    const cell = (column: Column) =>
      columns[column] === undefined ? "" : (cells[columns[column]!] ?? "").trim();
    const kindWord = plain(cell("kind"));
    const isMember =
      kindWord === ""
        ? true
        : MEMBER_WORDS.has(kindWord)
          ? true
          : OBSERVER_WORDS.has(kindWord)
            ? false
            : null;
    const errors: FieldIssue[] = [];
    if (isMember === null) errors.push({ field: "kind", code: "importKind" });
    const parsed = organisationInput.safeParse({
      name: cell("name"),
      orgNumber: cell("orgNumber"),
      isMember: isMember ?? false,
      votes: cell("votes") || (isMember ? "1" : "0"),
      emailDomains: cell("emailDomains"),
    });
    if (!parsed.success) errors.push(...toFieldIssues(parsed.error));
    let contact: ImportRow["contact"] = null;
    if (cell("contactName") || cell("contactEmail")) {
      const person = memberContactInput.safeParse({
        name: cell("contactName"),
        email: cell("contactEmail"),
        locale: "sv",
      });
      if (person.success) contact = { name: person.data.name, email: person.data.email };
      else
        errors.push(
          ...toFieldIssues(person.error).map((issue) => ({ ...issue, field: `contact.${issue.field}` })),
        );
    }
    const organisation = parsed.success ? parsed.data : null;
    const key = cell("name").toLowerCase();
    if (key && seen.has(key)) errors.push({ field: "name", code: "importDuplicate" });
    seen.add(key);
    const existingId =
      (organisation?.orgNumber ? byNumber.get(organisation.orgNumber) : undefined) ?? byName.get(key) ?? null;
    return {
      line: index + 2,
      name: cell("name"),
      organisation: errors.length === 0 ? organisation : null,
      contact: errors.length === 0 ? contact : null,
      action: existingId ? "update" : "add",
      existingId,
      errors,
    };
  });
  return { rows: result, columnsFound: true };
}

export const importRows = z.array(z.custom<ImportRow>());
