import "server-only";
import { loadEditableEvent } from "@/lib/events/load-editable-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";

/** The largest logo accepted: a crisp logo is a few tens of kilobytes. */
export const MAX_LOGO_BYTES = 512 * 1024;

/**
 * The image type by its first bytes, never by the name or the type the browser claims: PNG, JPEG
 * or WebP. SVG is refused, as it can carry script.
 */
export function imageTypeOf(bytes: Uint8Array): "image/png" | "image/jpeg" | "image/webp" | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return null;
}

/** Stores the host's logo for the meeting (administrators only), or removes it (`null`); audited. */
export async function saveHostLogo(staff: Staff | null, slug: string, bytes: Uint8Array | null) {
  const event = await loadEditableEvent(staff, slug);
  let contentType: string | null = null;
  if (bytes) {
    if (bytes.length === 0)
      throw new AppError("validation", "no file", [{ field: "logo", code: "logoMissing" }]);
    if (bytes.length > MAX_LOGO_BYTES) {
      throw new AppError("validation", "logo too large", [
        { field: "logo", code: "logoTooLarge", params: { max: MAX_LOGO_BYTES / 1024 } },
      ]);
    }
    contentType = imageTypeOf(bytes);
    if (!contentType) throw new AppError("validation", "not an image", [{ field: "logo", code: "logoType" }]);
  }
  await db.$transaction(async (tx) => {
    if (bytes && contentType) {
      const data = Buffer.from(bytes);
      await tx.eventLogo.upsert({
        where: { eventId: event.id },
        create: { eventId: event.id, contentType, data },
        update: { contentType, data },
      });
    } else {
      await tx.eventLogo.deleteMany({ where: { eventId: event.id } });
    }
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: bytes ? "event.logo-changed" : "event.logo-removed",
      entityType: "Event",
      entityId: event.id,
      changes: bytes ? { contentType, bytes: bytes.length } : {},
    });
  });
}
