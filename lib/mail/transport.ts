import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transporter: Transporter | null = null;

/** SMTP_URL with pooling on, unless the URL says otherwise (nodemailer reads it from the query). */
function pooled(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has("pool")) parsed.searchParams.set("pool", "true");
  if (!parsed.searchParams.has("maxConnections")) parsed.searchParams.set("maxConnections", "5");
  return parsed.toString();
}

/** The SMTP connection from SMTP_URL, or null when no mail server is configured. */
export function mailTransport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  // Connection timeouts short enough that a dead server makes a retry, not a hung worker. Pooled
  // connections are reused across mails: a new SMTP handshake per mail halved the delivery rate.
  transporter ??= nodemailer.createTransport(pooled(env.SMTP_URL), {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transporter;
}

/** Closes the pooled connections, so a process that is stopping can exit. */
export function closeMailTransport() {
  transporter?.close();
  transporter = null;
}
