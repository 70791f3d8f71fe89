import { Button, Img, Section, Text } from "@react-email/components";
import type { AttendeeMailProps } from "./mail-data";
import { MailLayout, mailStyles } from "./mail-layout";
import { mailTools } from "./mail-tools";
import { SignupList } from "./signup-list";

export type AttendeeMessage =
  "attendeeConfirmation" | "attendeeChanged" | "attendeeCancelled" | "waitlistPromoted" | "reminder";

/** The body every mail to one attendee shares; `message` picks its heading and opening. */
export function AttendeeMail({ message, ...props }: AttendeeMailProps & { message: AttendeeMessage }) {
  const tools = mailTools(props.locale);
  const { t, format } = tools;
  const values = {
    event: props.event.name,
    organisation: props.organisation,
    activity: props.activity ?? "",
  };
  const cancelled = message === "attendeeCancelled";
  return (
    <MailLayout
      lang={props.locale}
      preview={t(`${message}.heading`)}
      heading={t(`${message}.heading`)}
      footer={t("footer", { email: props.event.contactEmail })}
    >
      <Text style={mailStyles.text}>{t("greeting", { name: props.person.name })}</Text>
      <Text style={mailStyles.text}>{t(`${message}.intro`, values)}</Text>
      {!cancelled && props.person.isVotingDelegate && (
        <Text style={mailStyles.text}>
          <strong>{t("votingDelegate", values)}</strong>
        </Text>
      )}
      {!cancelled && (
        <>
          <Text style={mailStyles.text}>
            <strong>{t("when")}:</strong>{" "}
            {format.dateTimeRange(props.event.startsAt, props.event.endsAt, {
              day: "numeric",
              month: "long",
              year: "numeric",
            })}
            <br />
            <strong>{t("where")}:</strong> {props.event.where}
          </Text>
          <SignupList person={props.person} tools={tools} showName={false} />
          {props.person.signups.some((signup) => signup.status === "waitlisted") && (
            <Text style={mailStyles.text}>{t("waitlistNote")}</Text>
          )}
          <Text style={mailStyles.muted}>{t("calendarNote")}</Text>
          {props.checkInQrSrc && (
            <Section style={{ margin: "8px 0 16px" }}>
              <Text style={mailStyles.text}>
                <strong>{t("checkInHeading")}:</strong> {t("checkInText")}
              </Text>
              <Img src={props.checkInQrSrc} width="180" height="180" alt={t("checkInAlt")} />
              {props.checkInCode && (
                <Text style={{ ...mailStyles.text, fontFamily: "monospace", fontSize: "18px" }}>
                  {t("checkInCodeLine", { code: props.checkInCode })}
                </Text>
              )}
            </Section>
          )}
        </>
      )}
      {props.manageUrl ? (
        <Section style={{ margin: "8px 0 16px" }}>
          <Button href={props.manageUrl} style={mailStyles.button}>
            {t("manageButton")}
          </Button>
          <Text style={mailStyles.muted}>{t("manageHint", { deadline: props.event.changeDeadline })}</Text>
        </Section>
      ) : (
        !cancelled && <Text style={mailStyles.muted}>{t("keepLink")}</Text>
      )}
    </MailLayout>
  );
}

export function attendeeSubject(message: AttendeeMessage, props: AttendeeMailProps): string {
  const { t } = mailTools(props.locale);
  return t(`${message}.subject`, {
    event: props.event.name,
    activity: props.activity ?? "",
    start: props.event.startsAt,
  });
}
