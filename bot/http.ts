/**
 * The bot's one HTTP server. Adapters and features mount routes on it (`/slack/events`,
 * `/api/messages`, `/calendar/…`); `/healthz` reports the store's state.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "./logger.js";
import type { HttpHandler } from "./types.js";

/**
 * @example
 * const http = new HttpServer(log);
 * http.route("GET", "/healthz", (req, res) => res.end("ok"));
 * const port = await http.listen(3978);
 */
export class HttpServer {
  private readonly routes = new Map<string, HttpHandler>();
  private readonly prefixRoutes: Array<{ method: string; prefix: string; handler: HttpHandler }> = [];
  readonly server: Server;

  constructor(private readonly log: Logger) {
    this.server = createServer((request, response) => {
      const path = (request.url ?? "/").split("?")[0] ?? "/";
      const handler =
        this.routes.get(`${request.method} ${path}`) ??
        this.prefixRoutes.find((route) => route.method === request.method && path.startsWith(route.prefix))
          ?.handler;
      if (!handler) {
        response.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      Promise.resolve(handler(request, response)).catch((error: unknown) => {
        this.log.error({ err: error, path }, "HTTP handler failed");
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
        response.end();
      });
    });
  }

  /** Mounts a handler on an exact path, or on every path under it when it ends with `/*`. */
  route(method: "GET" | "POST", path: string, handler: HttpHandler): void {
    if (path.endsWith("/*")) this.prefixRoutes.push({ method, prefix: path.slice(0, -1), handler });
    else this.routes.set(`${method} ${path}`, handler);
  }

  /** Starts listening; resolves with the bound port (useful with port 0 in tests). */
  listen(port: number, host = "0.0.0.0"): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

/** A route as registered by a feature. */
export interface RouteEntry {
  method: "GET" | "POST";
  path: string;
  handler: HttpHandler;
}

/**
 * Routes that features register while being installed (calendar feeds…). The composition
 * root mounts them on the {@link HttpServer} when one runs (with a platform adapter), so a
 * feature can tell whether its links will work.
 * @example
 * deps.routes?.add("GET", "/calendar/*", serveCalendar);
 * deps.routes?.mountOn(http); // in bot/app.ts
 */
export class RouteTable {
  private readonly entries: RouteEntry[] = [];
  private mounted = false;

  /** Registers a route (exact path, or every path under it with a trailing `/*`). */
  add(method: "GET" | "POST", path: string, handler: HttpHandler): void {
    this.entries.push({ method, path, handler });
  }

  list(): readonly RouteEntry[] {
    return this.entries;
  }

  /** Mounts every route on a server. */
  mountOn(server: { route(method: "GET" | "POST", path: string, handler: HttpHandler): void }): void {
    for (const entry of this.entries) server.route(entry.method, entry.path, entry.handler);
    this.mounted = true;
  }

  /** True once the routes are mounted on a running server. */
  isServed(): boolean {
    return this.mounted;
  }
}
