import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Organisation } from "@/lib/generated/prisma/client";
import type { RegistrationInput } from "@/lib/validation/registration";

/**
 * The organisation a registration is for, from what readRegistrationContext found: the member
 * municipality chosen, or the observer organisation named. An observer organisation seen for the
 * first time comes back as a new row (`isNew`) for the caller to write together with the
 * registration, so a refused registration leaves nothing behind; two first registrations from it
 * at once meet at the unique name, and the loser's retry finds the winner's row.
 */
export function resolveOrganisation(
  choice: RegistrationInput["organisation"],
  found: Organisation | null,
): { organisation: Organisation; isNew: boolean } {
  if (choice.kind === "member") {
    if (!found?.isMember) {
      throw new AppError("validation", "unknown member organisation", [
        { field: "organisation.id", code: "unknownOrganisation" },
      ]);
    }
    return { organisation: found, isNew: false };
  }
  if (found?.isMember) {
    throw new AppError("validation", "observer name is a member", [
      { field: "organisation.name", code: "observerIsMember", params: { name: found.name } },
    ]);
  }
  if (found) return { organisation: found, isNew: false };
  const now = new Date();
  return {
    organisation: {
      id: randomUUID(),
      name: choice.name,
      isMember: false,
      votes: 0,
      orgNumber: null,
      emailDomains: [],
      createdAt: now,
      updatedAt: now,
    },
    isNew: true,
  };
}
