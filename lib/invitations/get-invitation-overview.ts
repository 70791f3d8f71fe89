import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";

/**
 * Per organisation of the register (members, and observers with contacts): its contacts, whether
 * they are invited and reminded, and whether it has registered; with the delivery of the
 * invitation mails, for the progress staff watch after sending.
 */
export async function getInvitationOverview(staff: Staff | null, slug: string) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true, status: true } });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "viewer");
  const [organisations, delivery] = await Promise.all([
    db.organisation.findMany({
      where: { OR: [{ isMember: true }, { contacts: { some: {} } }] },
      select: {
        id: true,
        name: true,
        isMember: true,
        _count: { select: { contacts: true } },
        invitations: { where: { eventId: event.id }, select: { remindedAt: true } },
        registrations: { where: { eventId: event.id, status: "active" }, select: { approval: true } },
      },
    }),
    db.outboxEmail.groupBy({
      by: ["status"],
      where: { eventId: event.id, template: "invitation" },
      _count: { _all: true },
    }),
  ]);
  const collator = new Intl.Collator("sv");
  const rows = organisations
    .map((organisation) => {
      const reminded = organisation.invitations
        .map((invitation) => invitation.remindedAt)
        .filter((at): at is Date => at !== null)
        .sort((a, b) => b.getTime() - a.getTime())[0];
      return {
        id: organisation.id,
        name: organisation.name,
        isMember: organisation.isMember,
        contacts: organisation._count.contacts,
        invited: organisation.invitations.length,
        remindedAt: reminded ?? null,
        registered: organisation.registrations.some((registration) => registration.approval === "approved")
          ? ("approved" as const)
          : organisation.registrations.length > 0
            ? ("pending" as const)
            : null,
      };
    })
    .sort((a, b) => Number(b.isMember) - Number(a.isMember) || collator.compare(a.name, b.name));
  const count = (status: string) => delivery.find((row) => row.status === status)?._count._all ?? 0;
  return {
    role,
    eventId: event.id,
    published: event.status === "open",
    organisations: rows,
    toInvite: rows.filter((row) => row.registered !== "approved" && row.contacts > row.invited).length,
    toRemind: rows.filter((row) => row.isMember && row.registered !== "approved" && row.contacts > 0).length,
    delivery: {
      sent: count("sent"),
      waiting: count("pending") + count("sending"),
      failed: count("failed"),
    },
  };
}
