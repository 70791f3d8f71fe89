import "server-only";
import { db } from "@/lib/db";
import { DRAFT_DAYS } from "@/lib/registration-drafts/get-registration-draft";
import { anonymiseDueEvents } from "./anonymise-event";
import { purgeExpiredAnswers } from "./purge-expired-answers";

const DAY_MS = 24 * 60 * 60 * 1000;
// Mails that could not be delivered are kept this long for staff to see and resend, then go with
// the private links they carry.
const FAILED_MAIL_DAYS = 30;
// A staff member whose last role was taken away is kept this long (the audit log names them by id).
const FORMER_STAFF_DAYS = 30;

/**
 * The scheduled clean-up, run by the outbox worker: events past their retention date are
 * anonymised; answers kept only some days after their activity go; expired sign-in tokens and sessions, form drafts (their confirmation pages too),
 * sign-in mails once a day old, undeliverable mails, former staff and old rate-limit windows go.
 */
export async function runMaintenance(now = new Date()) {
  const anonymisedEvents = await anonymiseDueEvents(now);
  const purgedAnswers = await purgeExpiredAnswers(now);
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const [tokens, sessions, drafts, limits, signInMails, failedMails, formerStaff, imports] =
    await Promise.all([
      db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
      db.session.deleteMany({ where: { expires: { lt: now } } }),
      db.registrationDraft.deleteMany({ where: { updatedAt: { lt: before(DRAFT_DAYS) } } }),
      db.rateLimit.deleteMany({ where: { windowStart: { lt: before(1) } } }),
      db.outboxEmail.deleteMany({
        where: { template: "sign-in-link", status: { not: "sending" }, createdAt: { lt: before(1) } },
      }),
      db.outboxEmail.deleteMany({ where: { status: "failed", updatedAt: { lt: before(FAILED_MAIL_DAYS) } } }),
      db.user.deleteMany({
        where: {
          eventRoles: { none: {} },
          // An association administrator holds no role per event and is kept all the same.
          associationRole: null,
          sessions: { none: {} },
          updatedAt: { lt: before(FORMER_STAFF_DAYS) },
        },
      }),
      // An uploaded register nobody imported holds contacts' addresses: it goes after a day.
      db.memberImport.deleteMany({ where: { createdAt: { lt: before(1) } } }),
    ]);
  return {
    anonymisedEvents,
    purgedAnswers,
    tokens: tokens.count,
    sessions: sessions.count,
    drafts: drafts.count,
    rateLimits: limits.count,
    signInMails: signInMails.count,
    failedMails: failedMails.count,
    formerStaff: formerStaff.count,
    memberImports: imports.count,
  };
}
