import { AttendeeMail, attendeeSubject } from "./components/attendee-mail";
import type { AttendeeMailProps } from "./components/mail-data";
import { attendeePreview } from "./preview-data";

export default function AttendeeChangedEmail(props: AttendeeMailProps) {
  return <AttendeeMail message="attendeeChanged" {...props} />;
}

AttendeeChangedEmail.PreviewProps = attendeePreview;

export const subject = (props: AttendeeMailProps) => attendeeSubject("attendeeChanged", props);
