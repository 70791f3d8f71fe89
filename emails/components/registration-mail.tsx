import { Button, Section, Text } from "@react-email/components";
import type { RegistrationMailProps } from "./mail-data";
import { MailLayout, mailStyles } from "./mail-layout";
import { mailTools } from "./mail-tools";
import { SignupList } from "./signup-list";
import { describePendingReasons } from "@/lib/registrations/registration-standing";

export type RegistrationMessage =
  "registrationReceived" | "registrationChanged" | "registrationCancelled" | "registrationApproved";

/** The body of mails to the contact about the whole registration. */
export function RegistrationMail({
  message,
  ...props
}: RegistrationMailProps & { message: RegistrationMessage }) {
  const tools = mailTools(props.locale);
  const { t } = tools;
  const values = { event: props.event.name, reference: props.reference };
  const votingDelegate = props.people.find((person) => person.isVotingDelegate);
  const votePending = props.people.find((person) => person.votePending);
  const pending = message !== "registrationCancelled" && (props.pendingReasons?.length ?? 0) > 0;
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
      {pending && (
        <Text style={mailStyles.text}>
          {t("pendingNote", {
            organisation: props.organisation,
            reasons: pendingReasonsText(props.pendingReasons!, props.locale),
          })}
        </Text>
      )}
      {message !== "registrationCancelled" && props.isMember && (
        <Text style={mailStyles.text}>
          {votingDelegate
            ? t("votingDelegateLine", { name: votingDelegate.name })
            : votePending
              ? t("votePendingLine", { name: votePending.name })
              : t("noVotingDelegate")}
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

/** The reasons a registration waits for approval, in words, joined as the language joins a list. */
export function pendingReasonsText(reasons: readonly string[], locale: "sv" | "en"): string {
  const { t } = mailTools(locale);
  return describePendingReasons(reasons, locale, (reason) => t(`pendingReasons.${reason}`));
}

export function registrationSubject(message: RegistrationMessage, props: RegistrationMailProps): string {
  return mailTools(props.locale).t(`${message}.subject`, {
    event: props.event.name,
    reference: props.reference,
  });
}
