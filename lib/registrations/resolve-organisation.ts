import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RegistrationInput } from "@/lib/validation/registration";

/** The member municipality chosen, or the observer organisation named (created on first use). */
export async function resolveOrganisation(tx: Tx, choice: RegistrationInput["organisation"]) {
  if (choice.kind === "member") {
    const member = await tx.organisation.findFirst({ where: { id: choice.id, isMember: true } });
    if (!member) {
      throw new AppError("validation", "unknown member organisation", [
        { field: "organisation.id", code: "unknownOrganisation" },
      ]);
    }
    return member;
  }
  const existing = await tx.organisation.findFirst({
    where: { name: { equals: choice.name, mode: "insensitive" } },
  });
  if (existing?.isMember) {
    throw new AppError("validation", "observer name is a member", [
      { field: "organisation.name", code: "observerIsMember", params: { name: existing.name } },
    ]);
  }
  if (existing) return existing;
  // Two observers from the same organisation registering at once both end up with this one row.
  return tx.organisation.upsert({
    where: { name: choice.name },
    create: { name: choice.name, isMember: false, votes: 0 },
    update: {},
  });
}
