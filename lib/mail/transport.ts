import "server-only";
import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transporter: Transporter | null = null;

// Connection timeouts short enough that a dead server makes a retry, not a hung worker.
const DEFAULTS: Record<string, string> = {
  // Pooled connections are reused across mails: a new SMTP handshake per mail halved the rate.
  pool: "true",
  maxConnections: "5",
  connectionTimeout: "10000",
  greetingTimeout: "10000",
  socketTimeout: "20000",
};

/**
 * SMTP_URL with our defaults for what its query does not say. Nodemailer takes transport options
 * from the URL's query only: options given beside a URL are message defaults, which is how the
 * timeouts above once went unused.
 */
export function withTransportDefaults(url: string): string {
  const parsed = new URL(url);
  for (const [name, value] of Object.entries(DEFAULTS)) {
    if (!parsed.searchParams.has(name)) parsed.searchParams.set(name, value);
  }
  return parsed.toString();
}

type SocketOptions = { host?: string; port?: number; secure?: boolean; connectionTimeout?: number };

/**
 * Opens the TCP connection for nodemailer with Nagle's algorithm off. Nodemailer 7 leaves it on,
 * and with the server's delayed acknowledgements every SMTP command waited ~40 ms: one connection
 * sent ~20 mails a second, ~180 without (docs/performance.md: outbox). Handed over through
 * nodemailer's getSocket hook, it still does TLS (smtps:) or STARTTLS on the socket as usual. If
 * the connection cannot be made, nodemailer is left to make it (and fail) itself: its pool settles
 * queued mails on its own connection errors, but left them hanging on errors from this hook.
 */
function connectWithoutDelay(
  options: SocketOptions,
  callback: (error: null, socket: { connection: net.Socket } | false) => void,
) {
  const socket = net.connect({
    host: options.host ?? "localhost",
    port: options.port ?? (options.secure ? 465 : 587),
  });
  socket.setNoDelay(true);
  const timer = setTimeout(
    () => socket.destroy(new Error("Connection timeout")),
    options.connectionTimeout ?? Number(DEFAULTS.connectionTimeout),
  );
  let answered = false;
  const answer = (connected: boolean) => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    callback(null, connected ? { connection: socket } : false);
  };
  // Once handed over, nodemailer listens for errors too; this listener then does nothing.
  socket.on("error", () => answer(false));
  socket.once("connect", () => answer(true));
}

/** A pooled nodemailer transport for an SMTP URL (smtp: or smtps:), with the defaults above. */
export function createMailTransport(smtpUrl: string): Transporter {
  const url = withTransportDefaults(smtpUrl);
  const created = nodemailer.createTransport(url);
  // A proxy in the URL brings its own connector; leave that one alone.
  if (!new URL(url).searchParams.has("proxy")) {
    (created as Transporter & { getSocket?: typeof connectWithoutDelay }).getSocket = connectWithoutDelay;
  }
  return created;
}

/** The SMTP connection from SMTP_URL, or null when no mail server is configured. */
export function mailTransport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  transporter ??= createMailTransport(env.SMTP_URL);
  return transporter;
}

/** Closes the pooled connections, so a process that is stopping can exit. */
export function closeMailTransport() {
  transporter?.close();
  transporter = null;
}
