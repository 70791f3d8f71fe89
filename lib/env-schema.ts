// The environment the app accepts. Pure (no side effects) so the launcher and tests can validate
// before the app starts; lib/env.ts parses it once for the server.
import { z } from "zod";

const postgresUrl = z
  .string({ error: "is not set" })
  .min(1, "is not set")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "postgres:" || url.protocol === "postgresql:") &&
        url.hostname !== "" &&
        url.pathname.length > 1
      );
    } catch {
      return false;
    }
  }, "is malformed: expected postgresql://user:password@host:port/database");

const emailList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email("contains an address that is not an e-mail address")));

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  // Connections this process keeps open to PostgreSQL. Every instance holds up to this many, so
  // instances × size must stay below the server's max_connections (docs/operating.md).
  DATABASE_POOL_SIZE: z.coerce.number({ error: "must be a whole number" }).int().min(1).max(200).default(10),
  PUBLIC_BASE_URL: z
    .url({ error: "is malformed: expected a URL such as https://anmalan.example.se" })
    .default("http://localhost:3000"),
  SMTP_URL: z
    .url({ error: "is malformed: expected smtp://user:password@host:port" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().default("Svenska Industrikommuner <noreply@localhost>"),
  ADMIN_EMAILS: emailList,
  // Signs staff sessions and sign-in links; `npm start` creates one in .data/ when unset.
  AUTH_SECRET: z
    .string({ error: "is not set (any random string of 32 characters or more)" })
    .min(32, "must be at least 32 characters"),
  // Outbox delivery: attempts before a mail is marked failed, and the first retry delay
  // (doubling each time). OUTBOX_WORKER=off when the worker runs as its own process.
  OUTBOX_MAX_ATTEMPTS: z.coerce.number({ error: "must be a whole number" }).int().min(1).max(20).default(8),
  OUTBOX_RETRY_SECONDS: z.coerce.number({ error: "must be a number" }).min(0.01).default(30),
  // How long a claimed mail may stay "sending" before its worker is presumed dead and it is sent
  // again: longer than the SMTP timeouts of one attempt (lib/mail/transport.ts).
  OUTBOX_LEASE_SECONDS: z.coerce.number({ error: "must be a number" }).min(1).max(3600).default(120),
  OUTBOX_POLL_SECONDS: z.coerce.number({ error: "must be a number" }).min(0.05).default(2),
  OUTBOX_WORKER: z.enum(["inline", "off"], { error: 'must be "inline" or "off"' }).default("inline"),
  // Where people write about their personal data (shown on the privacy notice).
  PRIVACY_CONTACT_EMAIL: z
    .email({ error: "is not an e-mail address" })
    .default("dataskydd@industrikommuner.example"),
  // Where people report accessibility problems (shown on the accessibility statement).
  ACCESSIBILITY_CONTACT_EMAIL: z
    .email({ error: "is not an e-mail address" })
    .default("tillganglighet@industrikommuner.example"),
  // Registration submits allowed per client address per window (shared by all instances).
  REGISTRATION_RATE_LIMIT: z.coerce.number({ error: "must be a whole number" }).int().min(1).default(30),
  REGISTRATION_RATE_WINDOW_SECONDS: z.coerce
    .number({ error: "must be a whole number" })
    .int()
    .min(1)
    .default(600),
  // Reverse proxies in front of the app that append to X-Forwarded-For; 0 when clients connect directly.
  TRUSTED_PROXY_HOPS: z.coerce.number({ error: "must be a whole number" }).int().min(0).max(5).default(0),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the environment, or throws an EnvError whose message is one line naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new EnvError(`Configuration error: ${problems.join("; ")}.`);
}
