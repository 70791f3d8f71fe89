// The app's HTTP server: Next.js behind a few lines that only a server holding the socket can do.
//
// - The TCP peer's address goes to the app in a header the client cannot set (any such header it
//   sends is replaced), so rate limits are keyed on an address the client did not choose
//   (lib/http/client-address.ts reads it).
// - A request body over MAX_BODY_BYTES (or an upload route's own limit) is refused with 413
//   before anything reads it, and a body without a declared length with 411: no route, form or
//   sign-in ever parses a large body.
// - Object.prototype.__proto__ is removed, as `node --disable-proto=delete` does, so a key
//   "__proto__" from input can only ever make an own property, never reach Object.prototype.
//
// `node server.mjs` serves the production build on PORT (default 3000); `--dev` runs `next dev`.
import { createServer } from "node:http";

delete Object.prototype.__proto__;

export const PEER_ADDRESS_HEADER = "x-sik-peer-address";
export const MAX_BODY_BYTES = 512 * 1024;
// The uploads that may be larger, each capped again by its route before it parses anything:
// the host's logo, a member's mandate, the meeting's papers (16 kB for the form around the file).
const UPLOAD_LIMITS = [
  [/^\/api\/admin\/events\/[a-z0-9-]+\/logo(?:\?|$)/, 512 * 1024 + 16 * 1024],
  [/^\/api\/manage\/[A-Za-z0-9_-]+\/mandate(?:\?|$)/, 5 * 1024 * 1024 + 16 * 1024],
  [/^\/api\/admin\/events\/[a-z0-9-]+\/documents(?:\?|$)/, 10 * 1024 * 1024 + 16 * 1024],
];

/** The largest body a request to this address may carry. */
export function bodyLimit(url) {
  return UPLOAD_LIMITS.find(([path]) => path.test(url))?.[1] ?? MAX_BODY_BYTES;
}

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// All interfaces, as `next start` listens, unless HOST names one.
const host = process.env.HOST || undefined;
// Set before Next.js loads, so the app trusts PEER_ADDRESS_HEADER only when this server wrote it.
process.env.SIK_PEER_ADDRESS_HEADER = PEER_ADDRESS_HEADER;
process.env.NODE_ENV ??= dev ? "development" : "production";
const { default: next } = await import("next");

function refuse(response, status, text) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  response.end(text);
}

/**
 * Whether a URL can name anything here. Paths and queries feed slugs, ids and searches to
 * PostgreSQL, which cannot hold a NUL; a path with control characters or bytes that are not UTF-8
 * names nothing. Checked once here for every route, page and API alike.
 */
function urlProblem(url) {
  const mark = url.indexOf("?");
  const path = decoded(mark < 0 ? url : url.slice(0, mark));
  if (path === null || /[\u0000-\u001f\u007f]/.test(path)) return 404;
  const query = mark < 0 ? "" : decoded(url.slice(mark + 1).replace(/\+/g, " "));
  if (query === null || query.includes("\u0000")) return 400;
  return 0;
}

/** Percent-decoded text, or null when it is not UTF-8. */
function decoded(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function notFound(request, response) {
  const api = request.url.startsWith("/api/");
  response.writeHead(404, {
    "content-type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(
    api
      ? JSON.stringify({
          error: { code: "not_found", message: "Sidan finns inte. / Not found.", fields: [] },
        })
      : '<!doctype html><html lang="sv"><meta charset="utf-8"><title>Sidan finns inte</title>' +
          '<h1>Sidan finns inte</h1><p lang="en">Page not found.</p><p><a href="/">Till startsidan / Home</a></p></html>',
  );
}

/** The status a request's body earns before it is read, or 0 when it may be read. */
function bodyStatus(request) {
  const length = request.headers["content-length"];
  if (length !== undefined) return Number(length) > bodyLimit(request.url ?? "/") ? 413 : 0;
  const hasBody = request.headers["transfer-encoding"] !== undefined;
  return hasBody ? 411 : 0;
}

// Next.js resolves its proxy's rewrites against http://<hostname>:<port>; "localhost" is what its
// proxy sees too, whatever address the server is bound to (another name turns rewrites into
// redirects to the same page).
const app = next({ dev, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const status = bodyStatus(request);
  // Answered before the app (and its translations) is reached: Swedish first, then English.
  if (status === 413) {
    const kilobytes = Math.floor(bodyLimit(request.url ?? "/") / 1024);
    return refuse(
      response,
      413,
      `Förfrågan är för stor (högst ${kilobytes} kB).\nThe request is too large (${kilobytes} kB at most).\n`,
    );
  }
  if (status === 411)
    return refuse(response, 411, "Förfrågan saknar Content-Length.\nThe request needs a Content-Length.\n");
  const problem = urlProblem(request.url ?? "/");
  if (problem === 404) return notFound(request, response);
  if (problem === 400)
    return refuse(
      response,
      400,
      "Adressen innehåller tecken som inte kan läsas.\nThe address holds characters that cannot be read.\n",
    );
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
  handle(request, response);
});
server.listen(port, host, () => console.log(`▸ Ready on http://${host ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() back; a supervisor expects a prompt exit.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
