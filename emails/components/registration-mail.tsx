import { Button, Section, Text } from "@react-email/components";
import type { RegistrationMailProps } from "./mail-data";
import { MailLayout, mailStyles } from "./mail-layout";
import { mailTools } from "./mail-tools";
import { SignupList } from "./signup-list";

export type RegistrationMessage = "registrationReceived" | "registrationChanged" | "registrationCancelled";

/** The body of mails to the contact about the whole registration. */
export function RegistrationMail({
  message,
  ...props
}: RegistrationMailProps & { message: RegistrationMessage }) {
  const tools = mailTools(props.locale);
  const { t } = tools;
  const values = { event: props.event.name, reference: props.reference };
  const votingDelegate = props.people.find((person) => person.isVotingDelegate);
  return (
    <MailLayout
      lang={props.locale}
      preview={t(`${message}.heading`)}
      heading={t(`${message}.heading`)}
      footer={t("footer", { email: props.event.contactEmail })}
    >
      <Text style={mailStyles.text}>{t(`${message}.intro`, values)}</Text>
      <Text style={mailStyles.text}>
        <strong>{t("reference")}:</strong> {props.reference}
        <br />
        <strong>{t("organisation")}:</strong> {props.organisation}
      </Text>
      {message !== "registrationCancelled" && props.isMember && (
        <Text style={mailStyles.text}>
          {votingDelegate ? t("votingDelegateLine", { name: votingDelegate.name }) : t("noVotingDelegate")}
        </Text>
      )}
      {message !== "registrationCancelled" &&
        props.people.map((person) => <SignupList key={person.name} person={person} tools={tools} showName />)}
      {props.manageUrl && (
        <Section style={{ margin: "8px 0 16px" }}>
          <Button href={props.manageUrl} style={mailStyles.button}>
            {t("manageButton")}
          </Button>
          <Text style={mailStyles.muted}>{t("manageHint", { deadline: props.event.changeDeadline })}</Text>
        </Section>
      )}
    </MailLayout>
  );
}

export function registrationSubject(message: RegistrationMessage, props: RegistrationMailProps): string {
  return mailTools(props.locale).t(`${message}.subject`, {
    event: props.event.name,
    reference: props.reference,
  });
}
