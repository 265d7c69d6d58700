/**
 * The bot's one HTTP server, on Fastify. Adapters and features mount raw Node handlers on it
 * (`/slack/events`, `/api/messages`, `/calendar/…`, `/healthz`) through {@link HttpServer.route};
 * the web pages (the Secretariat's dashboard) are Fastify plugins mounted under a prefix
 * through {@link HttpServer.plugin}, with their own cookies, CSRF checks, static files and
 * security headers.
 *
 * Raw routes are dispatched from the server's first `onRequest` hook, before Fastify reads
 * the body: the handler gets the untouched `IncomingMessage` (the Slack signature check
 * reads its raw bytes) and `ServerResponse`, exactly as on a bare Node server. They can be
 * added or replaced at any time, even after `listen`; a later `route()` on the same method
 * and path replaces the earlier handler, and prefix routes are tried in registration order.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from "fastify";
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
  /** The Fastify instance: plugins are registered on it before `listen`. */
  readonly app: FastifyInstance;
  readonly server: Server;

  constructor(private readonly log: Logger) {
    this.app = Fastify({
      logger: false,
      // Connections (keep-alive, server-sent events) are closed with the server.
      forceCloseConnections: true,
    });
    this.server = this.app.server;
    this.app.addHook("onRequest", (request, reply, done) => {
      const handler = this.rawHandler(request.raw.method ?? "GET", request.raw.url ?? "/");
      if (!handler) {
        done();
        return;
      }
      // Fastify steps aside: no body parsing, no reply of its own, no hooks after this one.
      reply.hijack();
      const { raw: req } = request;
      const { raw: res } = reply;
      Promise.resolve()
        .then(() => handler(req, res))
        .catch((error: unknown) => {
          this.log.error({ err: error, path: pathOf(req.url) }, "HTTP handler failed");
          if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
          res.end();
        });
    });
    this.app.setNotFoundHandler((_request, reply) => {
      reply.code(404).type("text/plain").send("not found");
    });
  }

  /** Mounts a handler on an exact path, or on every path under it when it ends with `/*`. */
  route(method: "GET" | "POST", path: string, handler: HttpHandler): void {
    if (path.endsWith("/*")) this.prefixRoutes.push({ method, prefix: path.slice(0, -1), handler });
    else this.routes.set(`${method} ${path}`, handler);
  }

  /**
   * Registers a Fastify plugin under a path prefix (before {@link listen}).
   * @example http.plugin("/dashboard", dashboardPlugin);
   */
  plugin(prefix: string, plugin: FastifyPluginAsync): void {
    this.app.register(plugin, { prefix });
  }

  /** Starts listening; resolves with the bound port (useful with port 0 in tests). */
  async listen(port: number, host = "0.0.0.0"): Promise<number> {
    await this.app.listen({ port, host });
    return (this.app.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  private rawHandler(method: string, url: string): HttpHandler | undefined {
    const path = pathOf(url);
    return (
      this.routes.get(`${method} ${path}`) ??
      this.prefixRoutes.find((route) => route.method === method && path.startsWith(route.prefix))?.handler
    );
  }
}

function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0] ?? "/";
}

/** A route as registered by a feature. */
export interface RouteEntry {
  method: "GET" | "POST";
  path: string;
  handler: HttpHandler;
}

/** What a {@link RouteTable} can be mounted on. */
export interface RouteHost {
  route(method: "GET" | "POST", path: string, handler: HttpHandler): void;
  plugin?(prefix: string, plugin: FastifyPluginAsync): void;
}

/**
 * Routes that features register while being installed (calendar feeds, the dashboard…). The
 * composition root mounts them on the {@link HttpServer} when one runs (with a platform
 * adapter, or PUBLIC_URL set), so a feature can tell whether its links will work. In the
 * console chat without PUBLIC_URL, a feature may ask for the server to be started on
 * demand ({@link ensureServing}).
 * @example
 * deps.routes?.add("GET", "/calendar/*", serveCalendar);
 * deps.routes?.mountOn(http); // in bot/app.ts
 */
export class RouteTable {
  private readonly entries: RouteEntry[] = [];
  private readonly plugins: Array<{ prefix: string; plugin: FastifyPluginAsync }> = [];
  private mounted = false;
  private starter?: () => Promise<number>;
  private port?: number;
  private starting?: Promise<number>;

  /** Registers a route (exact path, or every path under it with a trailing `/*`). */
  add(method: "GET" | "POST", path: string, handler: HttpHandler): void {
    this.entries.push({ method, path, handler });
  }

  /** Registers a Fastify plugin under a path prefix (web pages). */
  addPlugin(prefix: string, plugin: FastifyPluginAsync): void {
    this.plugins.push({ prefix, plugin });
  }

  list(): readonly RouteEntry[] {
    return this.entries;
  }

  /** Mounts every route (and plugin, where the host takes them) on a server. */
  mountOn(server: RouteHost): void {
    for (const entry of this.entries) server.route(entry.method, entry.path, entry.handler);
    for (const { prefix, plugin } of this.plugins) server.plugin?.(prefix, plugin);
    this.mounted = true;
  }

  /** True once the routes are mounted on a running server. */
  isServed(): boolean {
    return this.mounted;
  }

  /** The composition root says how to start the server later, when it does not run yet. */
  serveOnDemand(start: () => Promise<number>): void {
    this.starter = start;
  }

  /** The composition root says the server listens on this port. */
  servedOn(port: number): void {
    this.port = port;
  }

  /**
   * The port the server listens on, starting it first when the composition root allowed
   * that; undefined when no server runs or can be started.
   * @example const port = await deps.routes?.ensureServing(); // 3978
   */
  async ensureServing(): Promise<number | undefined> {
    if (this.port !== undefined) return this.port;
    if (!this.starter) return undefined;
    this.starting ??= this.starter();
    this.port = await this.starting;
    return this.port;
  }
}
