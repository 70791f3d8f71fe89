import { AttendeeMail, attendeeSubject } from "./components/attendee-mail";
import type { AttendeeMailProps } from "./components/mail-data";
import { attendeePreview } from "./preview-data";

export default function AttendeeCancelledEmail(props: AttendeeMailProps) {
  return <AttendeeMail message="attendeeCancelled" {...props} />;
}

AttendeeCancelledEmail.PreviewProps = attendeePreview;

export const subject = (props: AttendeeMailProps) => attendeeSubject("attendeeCancelled", props);
