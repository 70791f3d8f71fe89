import { personalDataDownload } from "@/lib/http/personal-data-download";
import { exportContact } from "@/lib/privacy/export-contact";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/{slug}/registrations/{id}/contact-data: all about the contact person, as JSON. */
export const GET = personalDataDownload("registrationId", "kontaktperson", exportContact);
