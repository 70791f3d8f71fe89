import "server-only";
import { db } from "@/lib/db";
import { getStaff, requireEventRole } from "@/lib/auth/staff-session";
import { isAppError } from "@/lib/errors";

/**
 * The logo of a meeting the public may see, or of a draft for its staff (the preview); null when
 * there is none or the caller may not see the meeting.
 */
export async function getHostLogo(slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, status: true, logo: { select: { contentType: true, data: true, updatedAt: true } } },
  });
  if (!event?.logo) return null;
  const published = event.status === "open" || event.status === "closed";
  if (!published) {
    try {
      await requireEventRole(await getStaff(), event.id, "viewer");
    } catch (error) {
      if (isAppError(error)) return null;
      throw error;
    }
  }
  return { ...event.logo, published };
}
