import "server-only";

/**
 * A request's body, read only up to `max` bytes: null when it is longer, whatever Content-Length
 * said, so an upload is capped before anything is parsed.
 */
export async function readCappedBody(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The multipart form in a body already read, or null when it is not one. */
export async function multipartForm(request: Request, body: Uint8Array): Promise<FormData | null> {
  return new Response(new Uint8Array(body), {
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  })
    .formData()
    .catch(() => null);
}
