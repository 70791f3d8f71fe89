import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { toStockholmLocal } from "@/lib/i18n/stockholm-time";
import { meetingDays } from "./meeting-days";

/** The meeting's programme points as the programme page edits them (administrators only). */
export async function getProgrammeSettings(staff: Staff | null, slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    include: { programme: { orderBy: [{ startsAt: "asc" }, { titleSv: "asc" }] } },
  });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  const time = (at: Date | null) => (at ? toStockholmLocal(at).slice(11) : "");
  return {
    status: event.status,
    days: meetingDays(event),
    items: event.programme.map((item) => ({
      day: toStockholmLocal(item.startsAt).slice(0, 10),
      startsAt: time(item.startsAt),
      endsAt: time(item.endsAt),
      titleSv: item.titleSv,
      titleEn: item.titleEn,
      speakers: item.speakers,
    })),
  };
}
