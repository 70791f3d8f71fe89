// Preloaded by `npm run worker` and the benchmarks: this process is server code, so the `server-only` guard (which
// keeps server modules out of browser bundles) resolves to the empty module it ships for servers.
const Module = require("node:module");
const path = require("node:path");

const empty = path.join(__dirname, "..", "..", "node_modules", "server-only", "empty.js");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "server-only" ? empty : resolve.call(this, request, ...rest);
};

// The worker and the benchmarks run as production unless told otherwise: React's development
// build renders a mail several times slower, and production is what they stand for.
process.env.NODE_ENV ??= "production";
