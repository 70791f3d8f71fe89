import { Button, Section, Text } from "@react-email/components";
import { dateRangeFormat } from "@/lib/i18n/date-range";
import { MailLayout, mailStyles } from "./components/mail-layout";
import { mailTools } from "./components/mail-tools";

export type MandateRequestProps = {
  locale: "sv" | "en";
  event: { name: string; meetingStartsAt: Date; contactEmail: string };
  organisation: string;
  ombud: string;
  substitute: string | null;
  url: string;
};

/** To a member's contact of the register: confirm the mandate for the annual meeting through a one-time link. */
export default function MandateRequestEmail(props: MandateRequestProps) {
  const { t, format } = mailTools(props.locale);
  const values = {
    event: props.event.name,
    organisation: props.organisation,
    ombud: props.ombud,
    substitute: props.substitute ?? "",
    hasSubstitute: props.substitute ? "yes" : "no",
    starts: format.dateTime(props.event.meetingStartsAt, dateRangeFormat),
  };
  const heading = t("mandateRequest.heading", values);
  return (
    <MailLayout
      lang={props.locale}
      preview={heading}
      heading={heading}
      footer={t("footer", { email: props.event.contactEmail })}
    >
      <Text style={mailStyles.text}>{t("mandateRequest.intro", values)}</Text>
      <Text style={mailStyles.text}>{t("mandateRequest.people", values)}</Text>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={props.url} style={mailStyles.button}>
          {t("mandateRequest.button")}
        </Button>
      </Section>
      <Text style={mailStyles.text}>{t("mandateRequest.once", values)}</Text>
      <Text style={mailStyles.muted}>{t("mandateRequest.upload")}</Text>
    </MailLayout>
  );
}

MandateRequestEmail.PreviewProps = {
  locale: "sv",
  event: {
    name: "Nätverksträff med årsmöte i Luleå",
    meetingStartsAt: new Date("2027-04-26T07:00:00Z"),
    contactEmail: "natverkstraff@lulea.example.se",
  },
  organisation: "Borlänge kommun",
  ombud: "Anna Andersson",
  substitute: "Bo Berg",
  url: "http://localhost:3000/mandates/exempel",
} as MandateRequestProps;

export const subject = (props: MandateRequestProps) =>
  mailTools(props.locale).t("mandateRequest.subject", {
    event: props.event.name,
    organisation: props.organisation,
  });
