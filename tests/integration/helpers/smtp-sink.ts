// A real SMTP server on localhost (smtp-server, from the Nodemailer project) that keeps what it
// receives and can refuse chosen recipients permanently, for the outbox's delivery tests.
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { messageId: string; to: string[]; raw: string };

export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  readonly refused = new Set<string>();
  /** Mails received, kept or not. */
  count = 0;
  private server: SMTPServer | null = null;

  /**
   * `keep: false` only counts (the outbox benchmark): a real server keeps mail on another machine,
   * and thousands of kept messages made the sink's garbage collection take CPU from the worker.
   */
  constructor(
    readonly port: number,
    private readonly options: { keep: boolean } = { keep: true },
  ) {}

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      // No reverse DNS of each client: on a machine without a resolver every connection waited.
      disableReverseLookup: true,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address.toLowerCase())) {
          return callback(Object.assign(new Error("550 5.1.1 mailbox unavailable"), { responseCode: 550 }));
        }
        callback();
      },
      onData: (stream, session, callback) => {
        if (!this.options.keep) {
          stream.resume();
          stream.on("end", () => {
            this.count++;
            callback();
          });
          return;
        }
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? "";
          this.received.push({ messageId, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
          this.count++;
          callback();
        });
      },
    });
    // A client that goes away mid-session (an app instance stopped by a test) resets its socket;
    // that is the client's business, not a reason to crash the test run.
    this.server.on("error", () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}
