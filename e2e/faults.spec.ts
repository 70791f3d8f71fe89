// Faults, with the real services: PostgreSQL restarted and the app killed during a burst of
// registrations, and two app instances sharing one database. What each proved is summed up in
// docs/operating.md (Reliability).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/lib/embedded-postgres";
import { createDatabase, databaseUrl, dropDatabase, migrate, queryRows } from "../scripts/lib/database";
import { seedDatabase } from "../scripts/lib/seed-database";
import { SmtpSink } from "../tests/integration/helpers/smtp-sink";
import { freePort } from "../tests/setup/free-port";
import {
  pool,
  post,
  registrationBody,
  startApp as startAppProcess,
  type AppServer,
  type Attempt,
} from "../scripts/lib/app-process";

test.describe.configure({ mode: "serial", timeout: 240_000 });

// Every app a test starts is stopped after it, passed or failed: a failed assertion must not leave
// servers running (and polling a dropped database) for the rest of the run.
const started: AppServer[] = [];
async function startApp(...args: Parameters<typeof startAppProcess>) {
  const app = await startAppProcess(...args);
  started.push(app);
  return app;
}
test.afterEach(async () => {
  await Promise.all(started.splice(0).map((app) => app.kill()));
});

const query = queryRows;

async function freshDatabase(adminUrl: string, name: string) {
  await dropDatabase(adminUrl, name);
  await createDatabase(adminUrl, name);
  const url = databaseUrl(adminUrl, name);
  await migrate(url);
  // In a process of its own, as everywhere: the services it goes through read their database from
  // the environment, and Playwright's loader cannot import the generated Prisma client.
  await seedDatabase(url);
  return url;
}

async function activityIds(url: string) {
  const rows = await query<{ key: string; id: string }>(url, `SELECT key, id FROM "Activity"`);
  return Object.fromEntries(rows.map((row) => [row.key, row.id])) as Record<string, string>;
}

/** No registration is half there: each has its attendee, their signups and its mails. */
async function expectNoPartialRegistrations(url: string) {
  const [row] = await query<{ bare: number; unsigned: number; unmailed: number }>(
    url,
    `SELECT
       (SELECT count(*)::int FROM "Registration" r WHERE NOT EXISTS (SELECT 1 FROM "Attendee" a WHERE a."registrationId" = r.id)) AS bare,
       (SELECT count(*)::int FROM "Attendee" a WHERE NOT EXISTS (SELECT 1 FROM "Signup" s WHERE s."attendeeId" = a.id)) AS unsigned,
       (SELECT count(*)::int FROM "Registration" r WHERE NOT EXISTS (SELECT 1 FROM "OutboxEmail" o WHERE o.payload->>'registrationId' = r.id::text OR o.template = 'registration-received' AND o.recipient = r."contactEmail")) AS unmailed`,
  );
  expect(row).toEqual({ bare: 0, unsigned: 0, unmailed: 0 });
}

/** Mails in the outbox not yet handed to the mail server. */
async function unsentMails(url: string) {
  const [row] = await query<{ n: number }>(
    url,
    `SELECT count(*)::int AS n FROM "OutboxEmail" WHERE status <> 'sent'`,
  );
  return row!.n;
}

async function storedKeys(url: string) {
  const rows = await query<{ idempotencyKey: string }>(url, `SELECT "idempotencyKey" FROM "Registration"`);
  return new Set(rows.map((row) => row.idempotencyKey));
}

const succeeded = (attempt: Attempt) => attempt.status === 201 || attempt.status === 200;
const address = (index: number) => `10.${(index >> 8) & 255}.${index & 255}.7`;

test("PostgreSQL restarted during a burst: every success is stored, the rest are told to try again", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sik-fault-pg-"));
  const port = await freePort();
  let server: EmbeddedDatabase = await startEmbeddedPostgres({ dir, port });
  try {
    const url = await freshDatabase(server.adminUrl, "sik_fault");
    const ids = await activityIds(url);
    const app = await startApp(url);
    let restarted = false;
    const attempts = await pool(
      Array.from(
        { length: 60 },
        (_, index) => () =>
          post(app.url, registrationBody(index, [ids["day-1"]!, ids["dinner"]!]), address(index)),
      ),
      6,
      async (done) => {
        if (done === 15 && !restarted) {
          restarted = true;
          await server.stop();
          await new Promise((resolve) => setTimeout(resolve, 1500));
          server = await startEmbeddedPostgres({ dir, port });
        }
      },
    );
    const failed = attempts.filter((attempt) => !succeeded(attempt));
    expect(failed.length, "requests sent while PostgreSQL was down").toBeGreaterThan(0);
    for (const attempt of failed) {
      expect(attempt.status, app.output()).toBe(503);
      expect((attempt.json as { error: { message: string } }).error.message).toContain("försök igen");
    }
    const stored = await storedKeys(url);
    for (const attempt of attempts.filter(succeeded)) expect(stored.has(attempt.key)).toBe(true);
    await expectNoPartialRegistrations(url);

    // Sent again with the same key, each refused registration is stored exactly once.
    const retried = await pool(
      failed.map((attempt, index) => () => post(app.url, attempt.body, address(100 + index))),
      6,
    );
    expect(retried.every(succeeded)).toBe(true);
    expect((await storedKeys(url)).size).toBe(60);
    await expectNoPartialRegistrations(url);
    await app.kill();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the app killed during a burst: nothing half-written, a retry stores each registration once, every mail is sent", async () => {
  const adminUrl = databaseUrl(process.env.DATABASE_URL!, "postgres");
  const name = `sik_fault_kill_${process.pid}`;
  const url = await freshDatabase(adminUrl, name);
  const sink = new SmtpSink(await freePort());
  await sink.start();
  // A short lease, so mails the killed process had claimed are sent again within the test.
  const env = { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, OUTBOX_LEASE_SECONDS: "2" };
  try {
    const ids = await activityIds(url);
    let app = await startApp(url, env);
    let killed = false;
    const attempts = await pool(
      Array.from(
        { length: 60 },
        (_, index) => () =>
          post(app.url, registrationBody(index, [ids["day-1"]!, ids["dinner"]!]), address(index)),
      ),
      6,
      async (done) => {
        if (done === 20 && !killed) {
          killed = true;
          await app.kill("SIGKILL");
        }
      },
    );
    const stored = await storedKeys(url);
    for (const attempt of attempts.filter(succeeded)) expect(stored.has(attempt.key)).toBe(true);
    expect(attempts.some((attempt) => attempt.status === 0)).toBe(true);
    await expectNoPartialRegistrations(url);

    app = await startApp(url, env);
    const retried = await pool(
      attempts
        .filter((attempt) => !succeeded(attempt))
        .map((attempt, index) => () => post(app.url, attempt.body, address(200 + index))),
      6,
    );
    expect(retried.every(succeeded)).toBe(true);
    expect((await storedKeys(url)).size).toBe(60);
    await expectNoPartialRegistrations(url);

    // Every mail of every acknowledged registration reaches the mail server, those the killed
    // process was sending included; a rare second copy carries the same Message-ID.
    await expect.poll(() => unsentMails(url), { timeout: 60_000 }).toBe(0);
    const rows = await query<{ id: string }>(url, `SELECT id FROM "OutboxEmail"`);
    const delivered = new Set(sink.received.map((mail) => mail.messageId.slice(1).split("@")[0]));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const row of rows) expect(delivered.has(row.id), `mail ${row.id}`).toBe(true);
  } finally {
    await sink.stop();
    await dropDatabase(adminUrl, name);
  }
});

test("a client cannot choose the address its limits are counted on, nor send what the app cannot read", async () => {
  const adminUrl = databaseUrl(process.env.DATABASE_URL!, "postgres");
  const name = `sik_fault_peer_${process.pid}`;
  const url = await freshDatabase(adminUrl, name);
  try {
    const ids = await activityIds(url);
    // Clients connect straight to the app: X-Forwarded-For is theirs to write, and ignored.
    const app = await startApp(url, { TRUSTED_PROXY_HOPS: "0", REGISTRATION_RATE_LIMIT: "3" });
    const statuses = [];
    for (let index = 0; index < 5; index++) {
      const attempt = await post(
        app.url,
        registrationBody(700 + index, [ids["day-1"]!]),
        address(700 + index),
      );
      statuses.push(attempt.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);

    const registrations = `${app.url}/api/v1/events/lulea-2027/registrations`;
    const huge = await fetch(registrations, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(2 * 1024 * 1024),
    }).catch(() => null);
    expect(huge === null || huge.status === 413).toBe(true);
    for (const path of [
      "/events/lulea%00-2027",
      "/api/v1/events/lulea%00",
      "/events/%ff%fe",
      "/manage/abc%00def",
    ]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(404);
    }
    expect((await fetch(`${app.url}/admin/events/lulea-2027/participants?q=%00`)).status).toBe(400);
    // Unknown private links: twenty 404 pages saying the link does not work, then 429 for a while.
    const unknownLink = () => `${app.url}/manage/${randomBytes(32).toString("base64url")}`;
    for (let attempt = 0; attempt < 20; attempt++) expect((await fetch(unknownLink())).status).toBe(404);
    const limited = await fetch(unknownLink(), { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Länken fungerar inte");

    const health = await (await fetch(`${app.url}/api/health`)).json();
    expect(health.status).toBe("ok");
  } finally {
    await dropDatabase(adminUrl, name);
  }
});

test("two app instances on one database: no overbooking, no mail twice, one shared rate limit", async () => {
  const adminUrl = databaseUrl(process.env.DATABASE_URL!, "postgres");
  const name = `sik_fault_two_${process.pid}`;
  const url = await freshDatabase(adminUrl, name);
  const sink = new SmtpSink(await freePort());
  await sink.start();
  try {
    await query(url, `UPDATE "Activity" SET capacity = 10 WHERE key = 'hybrit'`);
    const ids = await activityIds(url);
    const env = {
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      REGISTRATION_RATE_LIMIT: "6",
      REGISTRATION_RATE_WINDOW_SECONDS: "3600",
      DATABASE_POOL_SIZE: "4",
    };
    const [first, second] = await Promise.all([startApp(url, env), startApp(url, env)]);
    const answers = {
      [ids["hybrit"]!]: { dateOfBirth: "1970-05-04", nationality: "Svensk", shoeSize: "43" },
    };
    const attempts = await pool(
      Array.from(
        { length: 40 },
        (_, index) => () =>
          post(
            index % 2 ? second!.url : first!.url,
            registrationBody(index, [ids["hybrit"]!], answers),
            address(index),
          ),
      ),
      10,
    );
    expect(attempts.map((attempt) => attempt.status).filter((status) => status !== 201)).toEqual([]);
    const signups = await query<{ status: string; queueNumber: number | null }>(
      url,
      `SELECT status, "queueNumber" FROM "Signup" WHERE "activityId" = $1`,
      [ids["hybrit"]],
    );
    expect(signups.filter((signup) => signup.status === "confirmed")).toHaveLength(10);
    const queue = signups
      .filter((signup) => signup.status === "waitlisted")
      .map((signup) => signup.queueNumber);
    expect(new Set(queue).size).toBe(30);

    // Both instances' workers drain the one outbox: every mail arrives, and only once.
    await expect.poll(() => unsentMails(url), { timeout: 60_000 }).toBe(0);
    const sent = (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "OutboxEmail"`))[0]!.n;
    expect(sink.received).toHaveLength(sent!);
    expect(new Set(sink.received.map((mail) => mail.messageId)).size).toBe(sent);

    // One client address, six registrations allowed per window, whichever instance it reaches.
    const limited = await pool(
      Array.from(
        { length: 8 },
        (_, index) => () =>
          post(
            index % 2 ? second!.url : first!.url,
            registrationBody(500 + index, [ids["day-1"]!]),
            "10.250.0.1",
          ),
      ),
      1,
    );
    expect(limited.map((attempt) => attempt.status)).toEqual([201, 201, 201, 201, 201, 201, 429, 429]);

    // Each instance stays within DATABASE_POOL_SIZE connections while its pages, its API and its
    // worker all use the database: Next.js loads our modules once per bundle, and each had made
    // a pool of its own.
    await Promise.all(
      [first!, second!].flatMap((app) =>
        Array.from({ length: 8 }, () => fetch(`${app.url}/events/lulea-2027`).then((page) => page.text())),
      ),
    );
    const [connections] = await query<{ n: number }>(
      adminUrl,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`,
      [name],
    );
    expect(connections!.n).toBeLessThanOrEqual(2 * 4);
    await Promise.all([first!.kill(), second!.kill()]);
  } finally {
    await sink.stop();
    await dropDatabase(adminUrl, name);
  }
});
