import "server-only";
import { db } from "@/lib/db";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";
import { listMemberOrganisations } from "@/lib/organisations/list-member-organisations";

/** What the new-meeting form offers an association administrator: meetings to copy, member hosts. */
export async function getNewEventChoices(staff: Staff | null) {
  await requireAssociationAdmin(staff);
  const [events, members] = await Promise.all([
    db.event.findMany({
      orderBy: { startsAt: "desc" },
      select: {
        slug: true,
        nameSv: true,
        nameEn: true,
        startsAt: true,
        contactEmail: true,
        activities: { where: { kind: "annual_meeting" }, select: { id: true } },
      },
    }),
    listMemberOrganisations(),
  ]);
  return {
    events: events.map(({ activities, ...event }) => ({ ...event, hasAnnualMeeting: activities.length > 0 })),
    members,
  };
}
