import type { RegistrationMailProps } from "./components/mail-data";
import { RegistrationMail, registrationSubject } from "./components/registration-mail";
import { registrationPreview } from "./preview-data";

export default function RegistrationApprovedEmail(props: RegistrationMailProps) {
  return <RegistrationMail message="registrationApproved" {...props} />;
}

RegistrationApprovedEmail.PreviewProps = registrationPreview;

export const subject = (props: RegistrationMailProps) => registrationSubject("registrationApproved", props);
