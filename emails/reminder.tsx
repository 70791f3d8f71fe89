import { AttendeeMail, attendeeSubject } from "./components/attendee-mail";
import type { AttendeeMailProps } from "./components/mail-data";
import { attendeePreview } from "./preview-data";

export default function ReminderEmail(props: AttendeeMailProps) {
  return <AttendeeMail message="reminder" {...props} />;
}

ReminderEmail.PreviewProps = attendeePreview;

export const subject = (props: AttendeeMailProps) => attendeeSubject("reminder", props);
