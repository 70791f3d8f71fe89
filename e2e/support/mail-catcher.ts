// The SMTP catcher the e2e harness starts (maildev): tests read the real mails the app sent
// through its REST API and parse them with a real MIME parser.
import { simpleParser, type ParsedMail } from "mailparser";
import { MAIL_WEB_PORT } from "../../playwright.config";

export const mailCatcherUrl = `http://127.0.0.1:${MAIL_WEB_PORT}`;

export type CaughtMail = { id: string; subject: string; to: { address: string }[] };

export async function listMail(): Promise<CaughtMail[]> {
  const response = await fetch(`${mailCatcherUrl}/api/email`);
  if (!response.ok) throw new Error(`mail catcher answered ${response.status}`);
  return (await response.json()) as CaughtMail[];
}

/** Waits for a mail to `recipient` whose subject matches (and not one of `seen`), and parses it. */
export async function waitForMail(
  recipient: string,
  subject: RegExp,
  timeoutMs = 30_000,
  seen: ReadonlySet<string> = new Set(),
): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await listMail()).find(
      (mail) =>
        mail.to.some((to) => to.address.toLowerCase() === recipient.toLowerCase()) &&
        subject.test(mail.subject) &&
        !seen.has(mail.id),
    );
    if (found) {
      const source = await fetch(`${mailCatcherUrl}/api/email/${found.id}/source`);
      return simpleParser(Buffer.from(await source.arrayBuffer()));
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${recipient} matching ${subject} within ${timeoutMs} ms`);
}

/** The private link in a mail, as a path the browser can open on the test server. */
export function manageLinkIn(mail: ParsedMail): string {
  const href = /href="([^"]*\/manage\/[^"]+)"/.exec(String(mail.html))?.[1];
  if (!href) throw new Error("the mail has no manage link");
  return new URL(href).pathname;
}

/** The contact's address, from the receipt mailed for a registration (once it has arrived). */
export async function contactOf(reference: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const receipt = (await listMail()).find((mail) => mail.subject.includes(reference));
    if (receipt) return receipt.to[0]!.address;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no receipt for ${reference} within ${timeoutMs} ms`);
}
