-- A fingerprint of what the first submit under an idempotency key asked for, so a different
-- request under the same key is refused instead of answered with the first registration.
ALTER TABLE "Registration" ADD COLUMN "requestFingerprint" TEXT;
