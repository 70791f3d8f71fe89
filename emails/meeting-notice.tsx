import { Button, Section, Text } from "@react-email/components";
import { dateRangeFormat } from "@/lib/i18n/date-range";
import { MailLayout, mailStyles } from "./components/mail-layout";
import { mailTools } from "./components/mail-tools";

export type MeetingNoticeProps = {
  locale: "sv" | "en";
  event: { name: string; startsAt: Date; endsAt: Date; where: string; contactEmail: string };
  document: string;
  url: string;
};

/** To every member's contact of the register: the notice of the meeting, attached as a PDF. */
export default function MeetingNoticeEmail(props: MeetingNoticeProps) {
  const { t, format } = mailTools(props.locale);
  const values = {
    event: props.event.name,
    document: props.document,
    where: props.event.where,
    dates: format.dateTimeRange(props.event.startsAt, props.event.endsAt, dateRangeFormat),
  };
  const heading = t("meetingNotice.heading", values);
  return (
    <MailLayout
      lang={props.locale}
      preview={heading}
      heading={heading}
      footer={t("footer", { email: props.event.contactEmail })}
    >
      <Text style={mailStyles.text}>{t("meetingNotice.intro", values)}</Text>
      <Text style={mailStyles.text}>{t("meetingNotice.attached", values)}</Text>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={props.url} style={mailStyles.button}>
          {t("meetingNotice.button")}
        </Button>
      </Section>
    </MailLayout>
  );
}

MeetingNoticeEmail.PreviewProps = {
  locale: "sv",
  event: {
    name: "Nätverksträff med årsmöte i Luleå",
    startsAt: new Date("2027-04-25T08:00:00Z"),
    endsAt: new Date("2027-04-26T13:00:00Z"),
    where: "Kulturens hus, Luleå",
    contactEmail: "natverkstraff@lulea.example.se",
  },
  document: "Kallelse till årsmötet 2027",
  url: "http://localhost:3000/events/lulea-2027",
} as MeetingNoticeProps;

export const subject = (props: MeetingNoticeProps) =>
  mailTools(props.locale).t("meetingNotice.subject", { event: props.event.name });
