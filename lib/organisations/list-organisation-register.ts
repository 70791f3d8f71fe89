import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";

/** The member register: members first, then observer organisations, each in Swedish order. */
export async function listOrganisationRegister(staff: Staff | null) {
  await requireAssociationAdmin(staff);
  const organisations = await db.organisation.findMany({
    select: {
      id: true,
      name: true,
      orgNumber: true,
      isMember: true,
      votes: true,
      emailDomains: true,
      _count: { select: { contacts: true } },
    },
  });
  const collator = new Intl.Collator("sv");
  return organisations.sort(
    (a, b) => Number(b.isMember) - Number(a.isMember) || collator.compare(a.name, b.name),
  );
}

/** One organisation of the register, as its edit form shows it, with its contact persons. */
export async function getRegisterOrganisation(staff: Staff | null, id: string) {
  await requireAssociationAdmin(staff);
  const organisation = await db.organisation.findUnique({
    where: { id },
    include: { contacts: { orderBy: { createdAt: "asc" } } },
  });
  if (!organisation) throw new AppError("not_found", "no such organisation");
  return organisation;
}
