import { AttendeeMail, attendeeSubject } from "./components/attendee-mail";
import type { AttendeeMailProps } from "./components/mail-data";
import { attendeePreview } from "./preview-data";

export default function WaitlistPromotedEmail(props: AttendeeMailProps) {
  return <AttendeeMail message="waitlistPromoted" {...props} />;
}

WaitlistPromotedEmail.PreviewProps = attendeePreview;

export const subject = (props: AttendeeMailProps) => attendeeSubject("waitlistPromoted", props);
