import type { RegistrationMailProps } from "./components/mail-data";
import { RegistrationMail, registrationSubject } from "./components/registration-mail";
import { registrationPreview } from "./preview-data";

/** To the contact, when a change was made through their link: the registration as it is now. */
export default function RegistrationChangedEmail(props: RegistrationMailProps) {
  return <RegistrationMail message="registrationChanged" {...props} />;
}

RegistrationChangedEmail.PreviewProps = registrationPreview;

export const subject = (props: RegistrationMailProps) => registrationSubject("registrationChanged", props);
