// Extra app instances for the fault tests and benchmarks: `next start` on a free port against a database of the
// test's choosing, which the test may kill, restart or run twice.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../tests/setup/free-port";

export type AppServer = {
  url: string;
  pid: number;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  output: () => string;
};

export async function startApp(
  databaseUrl: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const root = path.resolve(__dirname, "../..");
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, path.join(root, "server.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PUBLIC_BASE_URL: url,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      // The tests and benchmarks speak for many clients from one machine, as a proxy would:
      // X-Forwarded-For names the client, as it does behind one trusted proxy.
      TRUSTED_PROXY_HOPS: "1",
      OUTBOX_POLL_SECONDS: "0.2",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited while starting:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`the app did not become healthy:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    kill: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

type Body = Record<string, unknown>;
export type Attempt = { key: string; body: Body; status: number; json: Record<string, unknown> | null };

/** A registration as an integration would post it: one observer organisation, one delegate. */
export function registrationBody(
  index: number,
  activityIds: string[],
  answers: Record<string, unknown> = {},
): Body {
  const unique = `${process.pid}-${index}-${Date.now().toString(36)}`;
  return {
    idempotencyKey: `fault-${unique}`,
    organisation: { kind: "observer", name: `Felprov ${unique}` },
    contact: {
      name: `Kontakt ${index}`,
      email: `felprov-kontakt-${unique}@example.se`,
      phone: "070-000 00 00",
    },
    privacyConsent: true,
    delegates: [
      {
        name: `Delegat ${index}`,
        email: `felprov-${unique}@example.se`,
        title: "Provare",
        activityIds,
        answers,
      },
    ],
  };
}

/** Posts one registration; a refused connection or a reset counts as status 0. */
export async function post(baseUrl: string, body: Body, clientAddress: string): Promise<Attempt> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/events/lulea-2027/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": clientAddress },
      body: JSON.stringify(body),
    });
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    return { key: String(body.idempotencyKey), body, status: response.status, json };
  } catch {
    return { key: String(body.idempotencyKey), body, status: 0, json: null };
  }
}

/** Runs `jobs` with at most `concurrency` at a time; `afterEach` sees how many have finished. */
export async function pool<T>(
  jobs: (() => Promise<T>)[],
  concurrency: number,
  afterEach?: (done: number) => Promise<void> | void,
) {
  const results: T[] = [];
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]!();
        done += 1;
        await afterEach?.(done);
      }
    }),
  );
  return results;
}
