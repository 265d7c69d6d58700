/**
 * One-click answers by link, for people reached by e-mail: a feature registers what a link
 * of its purpose does; a renderer issues a link (a single-use, expiring token under
 * `PUBLIC_URL`); the bot's HTTP server serves `GET /l/<token>` (a page with one button: a
 * GET only shows, because mail scanners fetch links) and `POST /l/<token>` (records, once).
 * Expired, used and unknown tokens get a page that says so, and record nothing. A link's payload
 * may name the language of the person it was sent to (`locale`): its pages are in that language,
 * refusals included; an unknown token's page (no record says for whom) is in the first of the
 * bot's languages the browser asks for (`Accept-Language`), else English.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../clock.js";
import type { RouteTable } from "../http.js";
import { LANGUAGES } from "../language/locales.js";
import { say } from "../language/messages.js";
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
    if (seen.state !== "valid") return sendPage(response, statusOf(seen.state), refusal(seen, request));
    const locale = localeOf(seen.record);
    const page = await this.actions.get(seen.record.purpose)?.show(seen.record.payload, now);
    if (!page) return sendPage(response, 410, noLongerNeeded(locale));
    sendPage(response, 200, { locale, ...page });
  }

  private async post(request: IncomingMessage, response: ServerResponse): Promise<void> {
    request.resume(); // the form has no fields; the token in the path is what counts
    const token = tokenOf(request);
    const now = this.deps.clock.now();
    const used = await this.tokens.use(token, now);
    if (used.state !== "valid") return sendPage(response, statusOf(used.state), refusal(used, request));
    const locale = localeOf(used.record);
    const action = this.actions.get(used.record.purpose);
    if (!action) {
      await this.tokens.release(token);
      return sendPage(response, 410, noLongerNeeded(locale));
    }
    let answer: string;
    try {
      answer = await action.record(used.record.payload, now);
    } catch (error) {
      await this.tokens.release(token);
      this.deps.log.error({ err: error, purpose: used.record.purpose }, "link action failed");
      return sendPage(response, 500, {
        title: say(locale, "links.failedTitle"),
        text: say(locale, "links.failedText"),
        locale,
      });
    }
    this.deps.log.info({ purpose: used.record.purpose }, "link used");
    sendPage(response, 200, { title: say(locale, "links.thanks"), text: answer, locale });
  }
}

function tokenOf(request: IncomingMessage): string {
  const path = (request.url ?? "").split("?")[0] ?? "";
  return path.startsWith(LINK_PATH) ? decodeURIComponent(path.slice(LINK_PATH.length)) : "";
}

function statusOf(state: "unknown" | "expired" | "used"): number {
  return state === "unknown" ? 404 : state === "expired" ? 410 : 409;
}

/** The language a link's pages are written in: its payload's, else English. */
function localeOf(record: LinkRecord): string {
  return record.payload.locale ?? "en";
}

/**
 * The first of the bot's languages a browser asks for (`Accept-Language: fr-CH, ar;q=0.9`), by
 * weight, else English.
 * @example browserLocale("de-DE, zh-CN;q=0.8, fr;q=0.9") === "fr"
 */
export function browserLocale(header: string | undefined): string {
  const asked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [range = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: range.trim().toLowerCase().split("-")[0] ?? "", weight, index };
    })
    .filter(({ tag, weight }) => tag !== "" && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return asked.find(({ tag }) => LANGUAGES.includes(tag))?.tag ?? "en";
}

/**
 * A page refusing a link, in the link's language; an unknown one (no record says for whom) in
 * the browser's.
 */
function refusal(
  seen:
    | { state: "unknown" }
    | { state: "expired"; record: LinkRecord }
    | { state: "used"; record: LinkRecord; usedAt: string },
  request: IncomingMessage,
): LinkPage {
  if (seen.state === "unknown") {
    const locale = browserLocale(request.headers["accept-language"]);
    return { title: say(locale, "links.unknownTitle"), text: say(locale, "links.unknownText"), locale };
  }
  if (seen.state === "expired") {
    const locale = localeOf(seen.record);
    return {
      title: say(locale, "links.expiredTitle"),
      text: say(locale, "links.expiredText", { when: formatLinkMoment(seen.record.expiresAt, locale) }),
      locale,
    };
  }
  const locale = localeOf(seen.record);
  return {
    title: say(locale, "links.usedTitle"),
    text: say(locale, "links.usedText", { when: formatLinkMoment(seen.usedAt, locale) }),
    locale,
  };
}

function noLongerNeeded(locale: string): LinkPage {
  return { title: say(locale, "links.closedTitle"), text: say(locale, "links.closedText"), locale };
}
