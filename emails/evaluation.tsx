import { Button, Section, Text } from "@react-email/components";
import { MailLayout, mailStyles } from "./components/mail-layout";
import { mailTools } from "./components/mail-tools";

export type EvaluationProps = {
  locale: "sv" | "en";
  event: { name: string; contactEmail: string };
  url: string;
};

/** To everyone checked in: a short evaluation, answered anonymously through their own link. */
export default function EvaluationEmail(props: EvaluationProps) {
  const { t } = mailTools(props.locale);
  const values = { event: props.event.name };
  const heading = t("evaluation.heading", values);
  return (
    <MailLayout
      lang={props.locale}
      preview={heading}
      heading={heading}
      footer={t("footer", { email: props.event.contactEmail })}
    >
      <Text style={mailStyles.text}>{t("evaluation.intro", values)}</Text>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={props.url} style={mailStyles.button}>
          {t("evaluation.button")}
        </Button>
      </Section>
      <Text style={mailStyles.muted}>{t("evaluation.anonymous")}</Text>
    </MailLayout>
  );
}

EvaluationEmail.PreviewProps = {
  locale: "sv",
  event: { name: "Nätverksträff med årsmöte i Luleå", contactEmail: "natverkstraff@lulea.example.se" },
  url: "http://localhost:3000/evaluations/exempel",
} as EvaluationProps;

export const subject = (props: EvaluationProps) =>
  mailTools(props.locale).t("evaluation.subject", { event: props.event.name });
