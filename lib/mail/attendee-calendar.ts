import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type CalendarEntry = {
  /** Stable across mails, so a later file updates the entry an earlier one created. */
  uid: string;
  summary: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  cancelled: boolean;
};

// SEQUENCE must grow with every version of an entry; seconds since 2026 do, and fit in an integer.
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/**
 * A calendar file for one attendee: the meeting and each activity they are confirmed for, plus
 * activities they dropped marked as cancelled so calendars remove them. Times are written in UTC,
 * which every calendar shows in the reader's own zone (Europe/Stockholm for the delegates).
 */
export function attendeeCalendar(input: { name: string; entries: CalendarEntry[]; now: Date }): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: "Svenska Industrikommuner", product: "anmalan" },
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  const sequence = Math.floor((input.now.getTime() - SEQUENCE_EPOCH) / 1000);
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
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
