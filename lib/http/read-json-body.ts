import "server-only";
import { isSafeObjectKey } from "@/lib/validation/form-input";

/** The path of the first key in a parsed body that names a prototype ("delegates.0.__proto__"), or null. */
function prototypeKeyPath(value: unknown, path: string[] = []): string | null {
  if (typeof value !== "object" || value === null) return null;
  for (const key of Object.keys(value)) {
    const here = [...path, key];
    if (!isSafeObjectKey(key)) return here.join(".");
    const inner = prototypeKeyPath((value as Record<string, unknown>)[key], here);
    if (inner) return inner;
  }
  return null;
}

/** The largest JSON body any API route reads: a registration of 25 delegates is ~30 KB. */
export const MAX_JSON_BYTES = 256 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415 }
  // A key that names a prototype (`__proto__`, `constructor`, `prototype`): refused, naming where.
  | { ok: false; status: 422; field: string };

/**
 * A request's JSON body, read with a cap: a declared length over the cap is refused before
 * reading, and reading stops as soon as the cap is passed, so no body is ever held whole.
 * (server.mjs refuses larger bodies for every route first; this holds for the API on its own.)
 */
export async function readJsonBody(request: Request, max = MAX_JSON_BYTES): Promise<JsonBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) return { ok: false, status: 415 };
  if (Number(request.headers.get("content-length") ?? 0) > max) return { ok: false, status: 413 };
  if (!request.body) return { ok: false, status: 400 };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    const value: unknown = JSON.parse(text);
    const field = prototypeKeyPath(value);
    return field ? { ok: false, status: 422, field } : { ok: true, value };
  } catch {
    return { ok: false, status: 400 };
  }
}
