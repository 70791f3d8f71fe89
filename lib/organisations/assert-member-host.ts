import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Refuses a host that is not a member municipality; no host at all is allowed. */
export async function assertMemberHost(hostOrganisationId: string | null): Promise<void> {
  if (!hostOrganisationId) return;
  const host = await db.organisation.findUnique({ where: { id: hostOrganisationId } });
  if (!host?.isMember) {
    throw new AppError("validation", "host is not a member", [
      { field: "hostOrganisationId", code: "unknownOrganisation" },
    ]);
  }
}
