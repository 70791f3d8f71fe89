import { AttendeeMail, attendeeSubject } from "./components/attendee-mail";
import type { AttendeeMailProps } from "./components/mail-data";
import { attendeePreview } from "./preview-data";

export default function AttendeeConfirmationEmail(props: AttendeeMailProps) {
  return <AttendeeMail message="attendeeConfirmation" {...props} />;
}

AttendeeConfirmationEmail.PreviewProps = attendeePreview;

export const subject = (props: AttendeeMailProps) => attendeeSubject("attendeeConfirmation", props);
