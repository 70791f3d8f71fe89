// The SMTP transport the outbox uses, against real SMTP servers: plain, STARTTLS and implicit TLS
// (smtp-server's own test certificate), since the app opens the TCP connection itself (Nagle off).
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { createMailTransport, withTransportDefaults } from "@/lib/mail/transport";
import { freePort } from "../setup/free-port";

const servers: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise<void>((done) => server.close(() => done()))),
  );
});

/** An SMTP server on a free port that keeps the recipients of what it receives. */
async function server(options: { secure: boolean; starttls: boolean }) {
  const port = await freePort();
  const received: string[] = [];
  const smtp = new SMTPServer({
    secure: options.secure,
    disabledCommands: options.starttls ? ["AUTH"] : ["AUTH", "STARTTLS"],
    authOptional: true,
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        received.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
        callback();
      });
    },
  });
  await new Promise<void>((done) => smtp.listen(port, "127.0.0.1", done));
  servers.push(smtp);
  return { port, received };
}

const mail = (to: string) => ({ from: "moten@example.se", to, subject: "Test", text: "Hej" });

describe("mail transport", () => {
  it("adds pooling and timeouts to SMTP_URL's query, keeping what it says", () => {
    const url = new URL(withTransportDefaults("smtp://relay.example.se:587?maxConnections=10&pool=false"));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      maxConnections: "10",
      pool: "false",
      connectionTimeout: "10000",
      greetingTimeout: "10000",
      socketTimeout: "20000",
    });
  });

  it("sends over plain SMTP, STARTTLS and implicit TLS on the connection it opens itself", async () => {
    const plain = await server({ secure: false, starttls: false });
    const starttls = await server({ secure: false, starttls: true });
    const implicit = await server({ secure: true, starttls: false });
    const urls = [
      [`smtp://127.0.0.1:${plain.port}`, plain],
      [`smtp://127.0.0.1:${starttls.port}?requireTLS=true&tls.rejectUnauthorized=false`, starttls],
      [`smtps://127.0.0.1:${implicit.port}?tls.rejectUnauthorized=false`, implicit],
    ] as const;
    for (const [url, target] of urls) {
      const transport = createMailTransport(url);
      try {
        await Promise.all(["a@example.se", "b@example.se"].map((to) => transport.sendMail(mail(to))));
      } finally {
        transport.close();
      }
      expect(target.received.sort()).toEqual(["a@example.se", "b@example.se"]);
    }
  });

  it("fails every waiting mail while the server is away, and sends them once it is back", async () => {
    const port = await freePort();
    const transport = createMailTransport(`smtp://127.0.0.1:${port}`);
    const many = Array.from({ length: 40 }, (_, index) => mail(`${index}@example.se`));
    try {
      // Every mail settles (as an error the outbox retries), none is left waiting forever.
      const refused = await Promise.allSettled(many.map((message) => transport.sendMail(message)));
      expect(refused.every((result) => result.status === "rejected")).toBe(true);
      expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/ECONNREFUSED/);

      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ["AUTH", "STARTTLS"],
        logger: false,
        disableReverseLookup: true,
        onData: (stream, _session, callback) => stream.resume().on("end", () => callback()),
      });
      await new Promise<void>((done) => smtp.listen(port, "127.0.0.1", done));
      servers.push(smtp);
      const sent = await Promise.all(many.map((message) => transport.sendMail(message)));
      expect(sent).toHaveLength(40);
    } finally {
      transport.close();
    }
  });
});
