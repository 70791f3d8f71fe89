// A local SMTP catcher with a web inbox (maildev) for when no SMTP server is configured, so a new
// user sees the e-mails the app sends.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { FatalError } from "./log";

export type MailCatcher = { smtpUrl: string; inboxUrl: string; stop: () => Promise<void> };

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new FatalError(
    `The local mail catcher did not start (ports in use?). Set SMTP_URL to use a real mail server.`,
  );
}

export async function startMailCatcher(
  root: string,
  ports: { smtp: number; web: number },
): Promise<MailCatcher> {
  const bin = path.join(root, "node_modules", "maildev", "dist", "bin", "maildev.js");
  const child = spawn(
    process.execPath,
    [
      bin,
      "--smtp",
      String(ports.smtp),
      "--web",
      String(ports.web),
      "--ip",
      "127.0.0.1",
      "--web-ip",
      "127.0.0.1",
      "--silent",
    ],
    { cwd: root, stdio: "ignore" },
  );
  await waitForHealth(`http://127.0.0.1:${ports.web}/api/healthz`, child, 20_000);
  return {
    smtpUrl: `smtp://127.0.0.1:${ports.smtp}`,
    inboxUrl: `http://127.0.0.1:${ports.web}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
