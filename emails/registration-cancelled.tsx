import type { RegistrationMailProps } from "./components/mail-data";
import { RegistrationMail, registrationSubject } from "./components/registration-mail";
import { registrationPreview } from "./preview-data";

export default function RegistrationCancelledEmail(props: RegistrationMailProps) {
  return <RegistrationMail message="registrationCancelled" {...props} />;
}

RegistrationCancelledEmail.PreviewProps = registrationPreview;

export const subject = (props: RegistrationMailProps) => registrationSubject("registrationCancelled", props);
