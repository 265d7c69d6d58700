/**
 * The dashboard as a Fastify plugin, mounted under `/dashboard` on the bot's one HTTP server.
 * Its cookies, CSRF tokens, static files and security headers (helmet, a strict CSP) apply
 * to its own routes only; the webhooks and feeds beside it are untouched.
 *
 *   GET  /dashboard/signin            how to get a link (where anyone without a session lands)
 *   GET  /dashboard/signin/<token>    "Sign in as …?" (a link preview uses nothing)
 *   POST /dashboard/signin            uses the link once, opens the session
 *   POST /dashboard/signout           ends it
 *   GET  /dashboard/…                 the pages, each checking the session and the role
 *   GET  /dashboard/assets/…, /dashboard/vendor/uplot/…   stylesheet, script, uPlot
 */
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyFormbody from "@fastify/formbody";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { exportCsv } from "../bot/csv.js";
import type { BotDeps } from "../bot/module.js";
import { outcomesCsv } from "../handlers/broadcast/tally.js";
import { venueAt } from "../handlers/broadcast/when.js";
import { reportCsv } from "../handlers/ping/report.js";
import { rsvpCsv } from "../handlers/rsvp/export.js";
import { broadcastLedger, pingReport, pocDirectory, rsvpSummaries } from "./data.js";
import { BASE, type PageContext, pageLocale } from "./layout.js";
import type { SignInLinks } from "./links.js";
import { broadcastListPage, broadcastPage, progressOf } from "./pages/broadcasts.js";
import { overviewPage } from "./pages/overview.js";
import { pingListPage, pingTestPage } from "./pages/ping.js";
import { POC_FILTERS, type PocFilter, pocPage, pocRecordPage } from "./pages/poc.js";
import { remindersPage } from "./pages/reminders.js";
import { rsvpEventPage, rsvpListPage } from "./pages/rsvp.js";
import {
  confirmPage,
  errorPage,
  forbiddenPage,
  notFoundPage,
  refusedPage,
  signInPage,
} from "./pages/signin.js";
import { SESSION_TTL_MS, type Session, type Sessions } from "./sessions.js";

/** The session cookie's name. */
export const SESSION_COOKIE = "dashboard_session";

const ASSETS = fileURLToPath(new URL("./assets/", import.meta.url));
const UPLOT = `${dirname(createRequire(import.meta.url).resolve("uplot/dist/uPlot.iife.min.js"))}/`;
const UPLOT_FILES = new Set(["/uPlot.iife.min.js", "/uPlot.min.css"]);

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in Secretariat member's session (set by the dashboard's access check). */
    dashboardSession?: Session;
  }
}

/** What the plugin needs. */
export interface DashboardOptions {
  deps: BotDeps;
  links: SignInLinks;
  sessions: Sessions;
  /** Cookies get `Secure` (the bot is reached over https). */
  secure: boolean;
}

/** Where the dashboard keeps its secret, sessions and links. */
export const DASHBOARD_NAMESPACE = "dashboard";

async function sharedSecret(deps: BotDeps): Promise<string> {
  const store = deps.store.namespace(DASHBOARD_NAMESPACE);
  // One secret for every replica on the store: a CSRF token made by one is good on another.
  await store.setIfAbsent("secret", randomBytes(32).toString("hex"));
  const secret = await store.get("secret", z.string());
  if (!secret) throw new Error("the dashboard's secret could not be stored");
  return secret;
}

const html = (reply: FastifyReply, body: string, status = 200) =>
  reply.code(status).type("text/html; charset=utf-8").header("cache-control", "no-store").send(body);

const csv = (reply: FastifyReply, name: string, body: string) =>
  reply
    .type("text/csv; charset=utf-8")
    .header("cache-control", "no-store")
    .header("content-disposition", `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
    .send(body);

/**
 * True when a request says it comes from another site: by `Sec-Fetch-Site` (anything but
 * same-origin or a typed address), else by an `Origin` other than the server's own. Pages
 * send no referrer, so browsers send `Origin: null` on their own form posts.
 */
function crossSite(request: FastifyRequest): boolean {
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined) return site !== "same-origin" && site !== "none";
  const origin = request.headers.origin;
  if (origin === undefined || origin === "null") return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/**
 * @example http.plugin("/dashboard", dashboardPlugin({ deps, links, sessions, secure: false }));
 */
export function dashboardPlugin(options: DashboardOptions): FastifyPluginAsync {
  const { deps, links, sessions, secure } = options;
  return async (app: FastifyInstance) => {
    const secret = await sharedSecret(deps);
    const cookieOptions = { path: BASE, httpOnly: true, sameSite: "strict" as const, secure };
    await app.register(fastifyCookie, { secret });
    await app.register(fastifyFormbody, { bodyLimit: 4_096 });
    await app.register(fastifyHelmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          ...(secure ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      hsts: secure ? { maxAge: 15_552_000 } : false,
      referrerPolicy: { policy: "no-referrer" },
    });
    await app.register(fastifyCsrf, {
      sessionPlugin: "@fastify/cookie",
      cookieKey: "dashboard_csrf",
      cookieOpts: { ...cookieOptions, signed: true },
      getUserInfo: userInfoOf,
      csrfOpts: { hmacKey: secret },
    });
    await app.register(fastifyStatic, { root: ASSETS, prefix: "/assets/", index: false, list: false });
    await app.register(fastifyStatic, {
      root: UPLOT,
      prefix: "/vendor/uplot/",
      decorateReply: false,
      index: false,
      list: false,
      allowedPath: (path) => UPLOT_FILES.has(path),
    });

    app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
      if (typeof error.code === "string" && error.code.startsWith("FST_CSRF"))
        return html(reply, forbiddenPage(), 403);
      const status =
        error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) deps.log.error({ err: error, path: request.url }, "dashboard page failed");
      return html(
        reply,
        status === 404 ? notFoundPage() : status === 500 ? errorPage() : forbiddenPage(),
        status,
      );
    });
    app.setNotFoundHandler((_request, reply) => html(reply, notFoundPage(), 404));

    // State-changing requests: refused when another site sends them, whatever their token.
    app.addHook("onRequest", async (request, reply) => {
      if (request.method !== "GET" && request.method !== "HEAD" && crossSite(request))
        return html(reply, forbiddenPage(), 403);
    });

    app.get("/signin", async (_request, reply) => html(reply, signInPage()));

    app.get<{ Params: { token: string } }>("/signin/:token", async (request, reply) => {
      const checked = await links.check(request.params.token, deps.clock.now());
      if (!checked.ok) return html(reply, refusedPage(checked.why), 403);
      return html(reply, confirmPage(request.params.token, checked.email, csrfToken(request, reply)));
    });

    app.post<{ Body: { token?: unknown } }>(
      "/signin",
      { preHandler: app.csrfProtection },
      async (request, reply) => {
        const token = typeof request.body?.token === "string" ? request.body.token : "";
        const now = deps.clock.now();
        const used = await links.redeem(token, now);
        if (!used.ok) return html(reply, refusedPage(used.why), 403);
        if (!(await isSecretariat(deps, used.email))) return html(reply, refusedPage("unknown"), 403);
        const id = await sessions.open(used.email, now, used.userId);
        reply.setCookie(SESSION_COOKIE, id, { ...cookieOptions, maxAge: SESSION_TTL_MS / 1000 });
        return reply.redirect(`${BASE}/`, 303);
      },
    );

    await app.register(async (pages) => {
      pages.addHook("onRequest", async (request, reply) => {
        const id = request.cookies[SESSION_COOKIE];
        const now = deps.clock.now();
        const session = await sessions.get(id, now);
        if (session && (await isSecretariat(deps, session.email))) {
          request.dashboardSession = session;
          return;
        }
        // Someone removed from the Secretariat loses the session at once.
        if (session) await sessions.close(id);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        if (request.method === "GET" && !request.url.endsWith(".json"))
          return reply.redirect(`${BASE}/signin`, 303);
        return html(reply, signInPage(), 401);
      });
      const context = async (request: FastifyRequest, reply: FastifyReply): Promise<PageContext> => {
        const session = request.dashboardSession;
        const now = deps.clock.now();
        const contact = session?.userId ? await deps.people.contact(session.userId) : undefined;
        return {
          email: session?.email ?? "",
          csrf: csrfToken(request, reply),
          now,
          zone: venueAt(deps.catalogue, now),
          locale: pageLocale(contact?.language),
        };
      };
      const found = (reply: FastifyReply, body: string | undefined) =>
        body === undefined ? html(reply, notFoundPage(), 404) : html(reply, body);

      pages.post("/signout", { preHandler: pages.csrfProtection }, async (request, reply) => {
        await sessions.close(request.cookies[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return reply.redirect(`${BASE}/signin`, 303);
      });

      pages.get("/", async (request, reply) =>
        html(reply, await overviewPage(deps, await context(request, reply))),
      );
      pages.get("/rsvp", async (request, reply) =>
        html(reply, await rsvpListPage(deps, await context(request, reply))),
      );
      pages.get<{ Params: { id: string } }>("/rsvp/:id", async (request, reply) => {
        const { id } = request.params;
        if (id.endsWith(".csv")) {
          const summary = (await rsvpSummaries(deps)).find((s) => s.event.id === id.slice(0, -4));
          return summary
            ? csv(reply, `rsvp-${summary.event.id}.csv`, rsvpCsv(summary.allocation))
            : found(reply, undefined);
        }
        return found(reply, await rsvpEventPage(deps, await context(request, reply), id));
      });
      pages.get<{ Querystring: { status?: string } }>("/poc", async (request, reply) => {
        const filter = (POC_FILTERS as readonly string[]).includes(request.query.status ?? "")
          ? (request.query.status as PocFilter)
          : "all";
        return html(reply, await pocPage(deps, await context(request, reply), filter));
      });
      pages.get("/poc.csv", async (_request, reply) => {
        const { lines } = await pocDirectory(deps, deps.clock.now());
        const header = [
          "id",
          "state",
          "type",
          "name",
          "title",
          "organisation",
          "emails",
          "status",
          "last_confirmed_at",
          "next_due_at",
          "overdue",
          "reachable_in_chat",
        ];
        const rows = lines.map(({ record, overdue, reachable }) => [
          record.id,
          record.state,
          record.type,
          record.name,
          record.title,
          record.organisation,
          record.emails.join("; "),
          record.status,
          record.lastConfirmedAt ?? "",
          record.nextDueAt,
          overdue ? "yes" : "no",
          reachable ? "yes" : "no",
        ]);
        return csv(reply, "poc-directory.csv", exportCsv([header, ...rows]));
      });
      pages.get<{ Params: { id: string } }>("/poc/:id", async (request, reply) =>
        found(reply, await pocRecordPage(deps, await context(request, reply), request.params.id)),
      );
      pages.get("/ping", async (request, reply) =>
        html(reply, await pingListPage(deps, await context(request, reply))),
      );
      pages.get<{ Params: { id: string } }>("/ping/:id", async (request, reply) => {
        const { id } = request.params;
        if (id.endsWith(".csv")) {
          const found = await pingReport(deps, id.slice(0, -4), deps.clock.now());
          return found
            ? csv(reply, `ping-${found.test.id}.csv`, reportCsv(found.report))
            : html(reply, notFoundPage(), 404);
        }
        return found(reply, await pingTestPage(deps, await context(request, reply), id));
      });
      pages.get("/broadcasts", async (request, reply) =>
        html(reply, await broadcastListPage(deps, await context(request, reply))),
      );
      pages.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>(
        "/broadcasts/:id",
        async (request, reply) => {
          const { id } = request.params;
          if (id.endsWith(".csv")) {
            const view = await broadcastLedger(deps, id.slice(0, -4));
            if (!view) return html(reply, notFoundPage(), 404);
            const deliveries = new Map(
              view.lines.flatMap((line) =>
                line.delivery
                  ? [[line.delivery.id.slice(line.delivery.id.indexOf("/") + 1), line.delivery] as const]
                  : [],
              ),
            );
            const acks = new Map(
              view.lines.flatMap((line) => (line.ack ? [[line.ack.userId, line.ack] as const] : [])),
            );
            const lines = view.lines.map((line) => line.recipient);
            return csv(
              reply,
              `broadcast-${view.broadcast.id}.csv`,
              outcomesCsv(lines, deliveries, acks, view.broadcast.requiresAck, {
                cancelled: view.broadcast.status === "cancelled",
              }),
            );
          }
          const { status, platform, name } = request.query;
          return found(
            reply,
            await broadcastPage(deps, await context(request, reply), id, {
              ...(status ? { status } : {}),
              ...(platform ? { platform } : {}),
              ...(name ? { name: name.slice(0, 100) } : {}),
            }),
          );
        },
      );
      pages.get<{ Params: { id: string } }>("/broadcasts/:id/progress.json", async (request, reply) => {
        const view = await broadcastLedger(deps, request.params.id);
        if (!view) return reply.code(404).send({ error: "no such broadcast" });
        return reply.header("cache-control", "no-store").send(progressOf(view));
      });
      pages.get("/reminders", async (request, reply) =>
        html(reply, await remindersPage(deps, await context(request, reply))),
      );
    });
  };
}

/** A form token bound to the session (or, before sign-in, to the sign-in form). */
function csrfToken(request: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: userInfoOf(request) });
}

function userInfoOf(request: FastifyRequest): string {
  return request.dashboardSession?.key ?? "signin";
}

/** Whether a verified e-mail holds the Secretariat role now (the roster or SECRETARIAT_EMAILS). */
export async function isSecretariat(deps: BotDeps, email: string): Promise<boolean> {
  const { roles } = await deps.people.identify({
    id: "dashboard:web",
    displayName: email,
    verifiedEmail: email,
    isBot: false,
    isMe: false,
  });
  return roles.includes("secretariat");
}
