import "server-only";
import { db, type DbOrTx } from "@/lib/db";

/** Member municipalities in Swedish alphabetical order, for the registration form's list and the choice of host. */
export async function listMemberOrganisations(client: DbOrTx = db) {
  const members = await client.organisation.findMany({
    where: { isMember: true },
    select: { id: true, name: true },
  });
  const collator = new Intl.Collator("sv");
  return members.sort((a, b) => collator.compare(a.name, b.name));
}
