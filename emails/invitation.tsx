import { Button, Section, Text } from "@react-email/components";
import { dateRangeFormat } from "@/lib/i18n/date-range";
import { MailLayout, mailStyles } from "./components/mail-layout";
import { mailTools } from "./components/mail-tools";

export type InvitationProps = {
  locale: "sv" | "en";
  event: { name: string; startsAt: Date; endsAt: Date; where: string; closesAt: Date; contactEmail: string };
  organisation: string;
  url: string;
  /** A reminder to an organisation that has not registered yet. */
  reminder: boolean;
};

/** To a member's contact: the meeting, and the link that ties the registration to the member. */
export default function InvitationEmail(props: InvitationProps) {
  const { t, format } = mailTools(props.locale);
  const values = {
    event: props.event.name,
    organisation: props.organisation,
    where: props.event.where,
    dates: format.dateTimeRange(props.event.startsAt, props.event.endsAt, dateRangeFormat),
  };
  const heading = t(props.reminder ? "invitation.reminderHeading" : "invitation.heading", values);
  return (
    <MailLayout
      lang={props.locale}
      preview={heading}
      heading={heading}
      footer={t("footer", { email: props.event.contactEmail })}
    >
      <Text style={mailStyles.text}>
        {t(props.reminder ? "invitation.reminderIntro" : "invitation.intro", values)}
      </Text>
      <Text style={mailStyles.text}>{t("invitation.how", values)}</Text>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={props.url} style={mailStyles.button}>
          {t("invitation.button", values)}
        </Button>
      </Section>
      <Text style={mailStyles.muted}>
        {t("invitation.deadline", { date: format.dateTime(props.event.closesAt, dateRangeFormat) })}
      </Text>
    </MailLayout>
  );
}

InvitationEmail.PreviewProps = {
  locale: "sv",
  event: {
    name: "Nätverksträff med årsmöte i Luleå",
    startsAt: new Date("2027-04-25T08:00:00Z"),
    endsAt: new Date("2027-04-26T13:00:00Z"),
    where: "Kulturens hus, Luleå",
    closesAt: new Date("2027-04-04T21:59:00Z"),
    contactEmail: "natverkstraff@lulea.example.se",
  },
  organisation: "Borlänge kommun",
  url: "http://localhost:3000/events/lulea-2027/register?invitation=exempel",
  reminder: false,
} as InvitationProps;

export const subject = (props: InvitationProps) =>
  mailTools(props.locale).t(props.reminder ? "invitation.reminderSubject" : "invitation.subject", {
    event: props.event.name,
  });
