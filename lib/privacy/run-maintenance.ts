import "server-only";
import { db } from "@/lib/db";
import { anonymiseDueEvents } from "./anonymise-event";

const DRAFT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The scheduled clean-up, run by the outbox worker: events past their retention date are
 * anonymised; expired sign-in tokens, abandoned form drafts and old rate-limit windows go.
 */
export async function runMaintenance(now = new Date()) {
  const anonymisedEvents = await anonymiseDueEvents(now);
  const [tokens, drafts, limits] = await Promise.all([
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.registrationDraft.deleteMany({
      where: { registrationId: null, updatedAt: { lt: new Date(now.getTime() - DRAFT_DAYS * DAY_MS) } },
    }),
    db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - DAY_MS) } } }),
  ]);
  return { anonymisedEvents, tokens: tokens.count, drafts: drafts.count, rateLimits: limits.count };
}
