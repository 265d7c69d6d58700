/**
 * The health endpoint (`GET /healthz`): whether the store answers, which backend it is,
 * and how long a ping took. A load balancer takes a replica out while its store is down
 * (503), and puts it back when the store answers again (200).
 */
import type { Store } from "./store/port.js";
import type { HttpHandler } from "./types.js";

/** Which backend a `STORE_URL` names. */
export type StoreBackendKind = "memory" | "sqlite" | "redis";

/** What `/healthz` reports about the store. */
export interface StoreHealth {
  backend: StoreBackendKind;
  state: "up" | "down";
  /** Round trip of the ping, in ms (also when it failed: how long it took to fail). */
  latencyMs: number;
  /** Why the store is down. */
  error?: string;
}

/** The body of `/healthz`. */
export interface HealthReport {
  ok: boolean;
  store: StoreHealth;
}

/**
 * @example backendKindOf("redis://10.0.0.5:6379") === "redis"
 */
export function backendKindOf(storeUrl: string): StoreBackendKind {
  if (storeUrl.startsWith("redis://") || storeUrl.startsWith("rediss://")) return "redis";
  if (storeUrl.startsWith("sqlite:")) return "sqlite";
  return "memory";
}

/**
 * Pings the store, bounded by `timeoutMs` so that a hung backend reads as down quickly.
 * @example const health = await checkStore(store, "redis"); // { backend: "redis", state: "up", latencyMs: 0.4 }
 */
export async function checkStore(
  store: Store,
  backend: StoreBackendKind,
  timeoutMs = 2_000,
): Promise<StoreHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    store.ping().then(
      (up) =>
        up ? { up: true as const } : { up: false as const, error: "the store did not answer the ping" },
      (error: unknown) => ({ up: false as const, error: describe(error) }),
    ),
    new Promise<{ up: false; error: string }>((resolve) => {
      timer = setTimeout(() => resolve({ up: false, error: `no answer within ${timeoutMs} ms` }), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  return outcome.up
    ? { backend, state: "up", latencyMs }
    : { backend, state: "down", latencyMs, error: outcome.error };
}

/**
 * The `/healthz` handler: 200 with the report when the store is up, 503 when it is down.
 * @example http.route("GET", "/healthz", healthHandler(store, backendKindOf(config.STORE_URL)));
 */
export function healthHandler(store: Store, backend: StoreBackendKind, timeoutMs?: number): HttpHandler {
  return async (_request, response) => {
    const health = await checkStore(store, backend, timeoutMs);
    const report: HealthReport = { ok: health.state === "up", store: health };
    response.writeHead(report.ok ? 200 : 503, {
      "content-type": "application/json",
      "cache-control": "no-store",
    });
    response.end(JSON.stringify(report));
  };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${message}${cause}`;
}
