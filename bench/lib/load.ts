// Load generation with autocannon: a fixed number of connections for a fixed time, each request
// with a body of its own (registrations must differ), reporting throughput and latency.
import autocannon from "autocannon";

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
};

export async function load(options: {
  url: string;
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  body?: () => string;
  /** Requests per second to offer in all; without it, each connection sends as fast as answers come. */
  rate?: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    method: options.method ?? "GET",
    headers: { "content-type": "application/json" },
    requests: options.body
      ? [{ method: "POST", setupRequest: (request) => ({ ...request, body: options.body!() }) }]
      : undefined,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

export const describeLoad = (result: LoadResult) =>
  `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms` +
  (result.errors || result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : "");
