// The SMTP catcher the e2e harness starts (maildev); its REST API lets tests read real mail.
import { MAIL_WEB_PORT } from "../../playwright.config";

export const mailCatcherUrl = `http://127.0.0.1:${MAIL_WEB_PORT}`;

export type CaughtMail = {
  id: string;
  subject: string;
  to: { address: string }[];
  text?: string;
  html?: string;
};

export async function listMail(): Promise<CaughtMail[]> {
  const response = await fetch(`${mailCatcherUrl}/api/email`);
  if (!response.ok) throw new Error(`mail catcher answered ${response.status}`);
  return (await response.json()) as CaughtMail[];
}
