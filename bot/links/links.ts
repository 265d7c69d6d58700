/**
 * One-click answers by link, for people reached by e-mail: a feature registers what a link
 * of its purpose does; a renderer issues a link (a single-use, expiring token under
 * `PUBLIC_URL`); the bot's HTTP server serves `GET /l/<token>` (a page with one button: a
 * GET only shows, because mail scanners fetch links) and `POST /l/<token>` (records, once).
 * Expired, used and unknown tokens get a page that says so, and record nothing.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../clock.js";
import type { RouteTable } from "../http.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/port.js";
import { formatLinkMoment } from "./format.js";
import { type LinkPage, sendPage } from "./page.js";
import { type LinkRecord, LinkTokens } from "./tokens.js";

/** The path under which links are served. */
export const LINK_PATH = "/l/";

/**
 * What a link of one purpose does.
 * @example links.register("ping-ack", { show: async (payload) => ({ title: "Ping test", text: "…", button: "Acknowledge" }), record: async (payload, at) => "Recorded." });
 */
export interface LinkAction {
  /** The page a GET shows (with the button), or `undefined` when the link no longer applies. */
  show(payload: Record<string, string>, now: Date): Promise<LinkPage | undefined>;
  /** Records the click (the POST, once); returns what the page then says. */
  record(payload: Record<string, string>, at: Date): Promise<string>;
}

/**
 * @example
 * const links = new Links({ store, clock, log, publicUrl: config.PUBLIC_URL });
 * links.mount(deps.routes);
 * const url = await links.issue("ping-ack", { testId, pocId }, closesAt); // undefined without PUBLIC_URL
 */
export class Links {
  private readonly actions = new Map<string, LinkAction>();
  private readonly tokens: LinkTokens;

  constructor(private readonly deps: { store: Store; clock: Clock; log: Logger; publicUrl?: string }) {
    this.tokens = new LinkTokens(deps.store.namespace("links"));
  }

  /** True when links can be given out (the bot's HTTP server has a public URL). */
  available(): boolean {
    return this.deps.publicUrl !== undefined;
  }

  register(purpose: string, action: LinkAction): void {
    this.actions.set(purpose, action);
  }

  /** A new link, or `undefined` when no `PUBLIC_URL` says where the bot can be reached. */
  async issue(
    purpose: string,
    payload: Record<string, string>,
    expiresAt: Date,
  ): Promise<string | undefined> {
    if (!this.deps.publicUrl) return undefined;
    const token = await this.tokens.issue({ purpose, payload }, this.deps.clock.now(), expiresAt);
    return `${this.deps.publicUrl.replace(/\/+$/, "")}${LINK_PATH}${token}`;
  }

  /** Registers the GET and POST routes (mounted with the bot's HTTP server). */
  mount(routes: Pick<RouteTable, "add">): void {
    routes.add("GET", `${LINK_PATH}*`, (request, response) => this.get(request, response));
    routes.add("POST", `${LINK_PATH}*`, (request, response) => this.post(request, response));
  }

  private async get(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const now = this.deps.clock.now();
    const seen = await this.tokens.look(tokenOf(request), now);
    if (seen.state !== "valid") return sendPage(response, statusOf(seen.state), refusal(seen));
    const page = await this.actions.get(seen.record.purpose)?.show(seen.record.payload, now);
    if (!page) return sendPage(response, 410, noLongerNeeded());
    sendPage(response, 200, page);
  }

  private async post(request: IncomingMessage, response: ServerResponse): Promise<void> {
    request.resume(); // the form has no fields; the token in the path is what counts
    const token = tokenOf(request);
    const now = this.deps.clock.now();
    const used = await this.tokens.use(token, now);
    if (used.state !== "valid") return sendPage(response, statusOf(used.state), refusal(used));
    const action = this.actions.get(used.record.purpose);
    if (!action) {
      await this.tokens.release(token);
      return sendPage(response, 410, noLongerNeeded());
    }
    let answer: string;
    try {
      answer = await action.record(used.record.payload, now);
    } catch (error) {
      await this.tokens.release(token);
      this.deps.log.error({ err: error, purpose: used.record.purpose }, "link action failed");
      return sendPage(response, 500, {
        title: "Not recorded",
        text: "Something went wrong on our side and nothing was recorded. Please try the link again in a few minutes.",
      });
    }
    this.deps.log.info({ purpose: used.record.purpose }, "link used");
    sendPage(response, 200, { title: "Thank you", text: answer });
  }
}

function tokenOf(request: IncomingMessage): string {
  const path = (request.url ?? "").split("?")[0] ?? "";
  return path.startsWith(LINK_PATH) ? decodeURIComponent(path.slice(LINK_PATH.length)) : "";
}

function statusOf(state: "unknown" | "expired" | "used"): number {
  return state === "unknown" ? 404 : state === "expired" ? 410 : 409;
}

function refusal(
  seen: { state: "unknown" } | { state: "expired"; record: LinkRecord } | { state: "used"; usedAt: string },
): LinkPage {
  if (seen.state === "unknown")
    return {
      title: "Link not recognised",
      text: "This link is not valid: it may have been copied incompletely. Nothing was recorded. Please use the link in your e-mail exactly as it is, or answer in chat.",
    };
  if (seen.state === "expired")
    return {
      title: "Link expired",
      text: `This link expired on ${formatLinkMoment(seen.record.expiresAt)}. Nothing was recorded. If something is still needed from you, the Secretariat will send a new one.`,
    };
  return {
    title: "Already used",
    text: `This link was already used, on ${formatLinkMoment(seen.usedAt)}; that answer stands. Nothing more was recorded.`,
  };
}

function noLongerNeeded(): LinkPage {
  return {
    title: "No longer needed",
    text: "This request is closed or was cancelled. Nothing was recorded.",
  };
}
