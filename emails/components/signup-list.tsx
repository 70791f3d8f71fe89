import { Section, Text } from "@react-email/components";
import type { MailPerson } from "./mail-data";
import { mailStyles } from "./mail-layout";
import type { MailTools } from "./mail-tools";

/** One person's activities with time, place and status. */
export function SignupList({
  person,
  tools,
  showName,
}: {
  person: MailPerson;
  tools: MailTools;
  showName: boolean;
}) {
  const { t } = tools;
  const shown = person.signups.filter((signup) => signup.status !== "cancelled");
  return (
    <Section style={{ margin: "0 0 16px" }}>
      {showName && (
        <Text style={{ ...mailStyles.text, fontWeight: 700, margin: "0 0 4px" }}>
          {person.name}
          {person.isVotingDelegate && ` (${t("votingDelegateLabel")})`}
        </Text>
      )}
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0}>
        <tbody>
          {shown.map((signup) => (
            <tr key={`${signup.activity}-${signup.startsAt.toISOString()}`}>
              <td style={mailStyles.cell}>
                <strong>{signup.activity}</strong>
                <br />
                {t("activityLine", {
                  day: signup.startsAt,
                  start: signup.startsAt,
                  end: signup.endsAt,
                })}{" "}
                · {signup.place}
              </td>
              <td style={{ ...mailStyles.cell, textAlign: "right", whiteSpace: "nowrap" }}>
                {signup.status === "waitlisted"
                  ? t("status.waitlisted", { position: signup.position ?? 0 })
                  : t(`status.${signup.status}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
