import type { RegistrationMailProps } from "./components/mail-data";
import { RegistrationMail, registrationSubject } from "./components/registration-mail";
import { registrationPreview } from "./preview-data";

export default function RegistrationReceivedEmail(props: RegistrationMailProps) {
  return <RegistrationMail message="registrationReceived" {...props} />;
}

RegistrationReceivedEmail.PreviewProps = registrationPreview;

export const subject = (props: RegistrationMailProps) => registrationSubject("registrationReceived", props);
