// A staff member changing one participant's details or choices: the private link's form page,
// acting as staff on the participant's registration.
import { AttendeeFormPage } from "@/components/manage/attendee-form-page";
import type { AppLocale } from "@/lib/i18n/routing";
import type { loadParticipantForChange } from "@/lib/pages/load-participant";
import { saveStaffAttendee } from "./actions";

type Loaded = Awaited<ReturnType<typeof loadParticipantForChange>>;

export function StaffAttendeeForm({
  locale,
  slug,
  attendeeId,
  loaded: { staff, detail },
  mode,
}: {
  locale: AppLocale;
  slug: string;
  attendeeId: string;
  loaded: Loaded;
  mode: "details" | "choices";
}) {
  const access = {
    kind: "staff" as const,
    userId: staff.userId,
    email: staff.email,
    registrationId: detail.registration.id,
    eventId: detail.event.id,
  };
  return (
    <AttendeeFormPage
      action={saveStaffAttendee.bind(null, { locale, slug, attendeeId }, mode)}
      backHref={`/admin/events/${slug}/participants/${attendeeId}`}
      view={{ access, event: detail.event, registration: detail.registration, canChange: true }}
      attendee={detail.attendee}
      mode={mode}
    />
  );
}
