import { Button, Section, Text } from "@react-email/components";
import { MailLayout, mailStyles } from "./components/mail-layout";
import { mailTools } from "./components/mail-tools";
import { pendingReasonsText } from "./components/registration-mail";

export type RegistrationPendingProps = {
  locale: "sv" | "en";
  event: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
  people: number;
  reasons: string[];
  reviewUrl: string;
  eventContactEmail: string;
};

/** To the meeting's own address: a registration waits for staff to approve it. */
export default function RegistrationPendingEmail(props: RegistrationPendingProps) {
  const { t } = mailTools(props.locale);
  return (
    <MailLayout
      lang={props.locale}
      preview={t("registrationPending.heading")}
      heading={t("registrationPending.heading")}
      footer={t("footer", { email: props.eventContactEmail })}
    >
      <Text style={mailStyles.text}>
        {t("registrationPending.intro", {
          contact: props.contactName,
          email: props.contactEmail,
          people: props.people,
          organisation: props.organisation,
          event: props.event,
        })}
      </Text>
      <Text style={mailStyles.text}>
        {t("registrationPending.why", { reasons: pendingReasonsText(props.reasons, props.locale) })}
      </Text>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={props.reviewUrl} style={mailStyles.button}>
          {t("registrationPending.button")}
        </Button>
      </Section>
    </MailLayout>
  );
}

RegistrationPendingEmail.PreviewProps = {
  locale: "sv",
  event: "Nätverksträff med årsmöte i Luleå",
  organisation: "Borlänge kommun",
  contactName: "Anna Andersson",
  contactEmail: "anna@example.com",
  people: 2,
  reasons: ["no_invitation", "outside_domains"],
  reviewUrl: "http://localhost:3000/admin/events/lulea-2027/approvals",
  eventContactEmail: "natverkstraff@lulea.example.se",
} as RegistrationPendingProps;

export const subject = (props: RegistrationPendingProps) =>
  mailTools(props.locale).t("registrationPending.subject", {
    organisation: props.organisation,
    event: props.event,
  });
