import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transporter: Transporter | null = null;

/** The SMTP connection from SMTP_URL, or null when no mail server is configured. */
export function mailTransport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  // Connection timeouts short enough that a dead server makes a retry, not a hung worker.
  transporter ??= nodemailer.createTransport(env.SMTP_URL, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transporter;
}
