import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";

export type CalendarEntry = {
  /** Stable across mails, so a later file updates or removes the entry an earlier one created. */
  uid: string;
  summary: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
};

export type CalendarFile = { filename: string; content: string; contentType: string };

// SEQUENCE must grow with every version of an entry; seconds since 2026 do, and fit in an integer.
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

type Parties = { organiser: { name: string; email: string }; attendee: { name: string; email: string } };

function calendarFile(
  method: ICalCalendarMethod,
  input: Parties & { name: string; entries: CalendarEntry[]; now: Date },
): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: "Svenska Industrikommuner", product: "anmalan" },
    method,
  });
  const sequence = Math.floor((input.now.getTime() - SEQUENCE_EPOCH) / 1000);
  const cancel = method === ICalCalendarMethod.CANCEL;
  for (const entry of input.entries) {
    calendar.createEvent({
      id: entry.uid,
      sequence,
      stamp: input.now,
      start: entry.start,
      end: entry.end,
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      organizer: input.organiser,
      // RFC 5546: a CANCEL names whom it is for; a calendar then removes the entry it holds.
      attendees: cancel
        ? [{ ...input.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.DECLINED }]
        : [],
      status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/**
 * The calendar files for one attendee's mail, times in UTC (every calendar shows them in the
 * reader's zone): each activity they hold a place in, once, as METHOD:PUBLISH, and each one they
 * no longer hold as METHOD:CANCEL with the same UID and a higher SEQUENCE, so calendar apps remove
 * it. No entry for the meeting as a whole: the activities are the meeting.
 */
export function attendeeCalendars(
  input: Parties & { name: string; confirmed: CalendarEntry[]; cancelled: CalendarEntry[]; now: Date },
): CalendarFile[] {
  const files: CalendarFile[] = [];
  if (input.confirmed.length > 0)
    files.push({
      filename: "natverkstraff.ics",
      content: calendarFile(ICalCalendarMethod.PUBLISH, { ...input, entries: input.confirmed }),
      contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    });
  if (input.cancelled.length > 0)
    files.push({
      filename: "avbokat.ics",
      content: calendarFile(ICalCalendarMethod.CANCEL, { ...input, entries: input.cancelled }),
      contentType: "text/calendar; charset=utf-8; method=CANCEL",
    });
  return files;
}
