import { personalDataDownload } from "@/lib/http/personal-data-download";
import { exportPerson } from "@/lib/privacy/export-person";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/{slug}/participants/{id}/personal-data: everything about one person, as JSON. */
export const GET = personalDataDownload("attendeeId", "personuppgifter", exportPerson);
