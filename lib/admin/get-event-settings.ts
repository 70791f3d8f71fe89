import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { kysely } from "@/lib/sql";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { readActivityLoad } from "@/lib/registrations/activity-capacity";
import { listMemberOrganisations } from "@/lib/organisations/list-member-organisations";

const storedTheme = z.object({
  titleSv: z.string(),
  titleEn: z.string(),
  textSv: z.string(),
  textEn: z.string(),
});

/** The themes as stored, for the form; anything malformed is shown as nothing rather than failing the page. */
function storedThemes(value: unknown) {
  const parsed = z.array(storedTheme).safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** The event, its activities and the possible hosts, as the settings page edits them (admins only). */
export async function getEventSettings(staff: Staff | null, slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    include: {
      activities: { orderBy: [{ startsAt: "asc" }, { sortOrder: "asc" }] },
      logo: { select: { updatedAt: true } },
    },
  });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  const load = await readActivityLoad(
    kysely,
    event.activities.map((activity) => activity.id),
  );
  const members = await listMemberOrganisations();
  return {
    event,
    themes: storedThemes(event.themes),
    logoUrl: event.logo ? `/api/v1/events/${event.slug}/logo?v=${event.logo.updatedAt.getTime()}` : null,
    members,
    activities: event.activities.map((activity) => ({
      ...activity,
      confirmed: load.get(activity.id)?.confirmed ?? 0,
    })),
  };
}
