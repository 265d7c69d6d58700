/**
 * Chat phrases of ping tests: "start ping test [all|diplomatic|technical|KEN,FRA…] [window 48h]"
 * (States by English name or ISO code, optionally after a type: "diplomatic Côte d'Ivoire"),
 * "ping test report [id]", "ping tests" and "cancel ping test [id]".
 */

import { InputError } from "../../bot/errors.js";
import { commandMatcher } from "../../bot/language/compile.js";
import { statesInList } from "../../bot/people/states.js";
import type { EmailMode, PingScope } from "./schema.js";

/** The window when none is given. */
export const DEFAULT_WINDOW_MS = 48 * 3_600_000;
const MIN_WINDOW_MS = 3_600_000;
const MAX_WINDOW_MS = 14 * 24 * 3_600_000;

/** "start ping test …" (the rest is parsed by {@link parseStart}). */
export const START = /^start\s+(?:a\s+|the\s+)?ping[\s-]+test\b\s*(.*?)[.!]*$/i;
/** "ping test report", "ping test results 20240610-1300-ab12". */
export const REPORT =
  /^(?:show\s+(?:me\s+)?)?(?:the\s+)?ping[\s-]+test\s+(?:report|results?|status)(?:\s+(\S+))?\s*[?.!]*$/i;

/** "ping tests", "list ping tests", "show the recent ping tests". */
export const LIST =
  /^(?:(?:list|show)\s+(?:me\s+)?)?(?:the\s+|all\s+)?(?:(?:recent|latest|past)\s+)?ping[\s-]+tests\s*[?.!]*$/i;

/** "acknowledge", "ack", "ping received", "acknowledge the ping": the Acknowledge button, typed. */
export const ACKNOWLEDGE = commandMatcher("acknowledgePing");

/** "cancel ping test", "stop the ping test 20240610-1300-ab12". */
export const CANCEL = /^(?:cancel|stop|abort)\s+(?:the\s+)?ping[\s-]+test(?:\s+(\S+?))?\s*[.!]*$/i;

/** "diplomatic KEN, FRA", "technical POCs of South Africa". */
const TYPE_FIRST =
  /^(?<type>diplomatic|technical)\s+(?:(?:pocs?|points?\s+of\s+contact)\s+)?(?:(?:of|for|from|in)\s+)?(?<states>.+)$/i;
/** "KEN, FRA technical". */
const TYPE_LAST = /^(?<states>.+?)\s+(?<type>diplomatic|technical)$/i;
type PocType = "diplomatic" | "technical";

/** "by e-mail too", "also by email", "and by e-mail", "by e-mail as well". */
const BY_EMAIL_TOO = /[,;]?\s*\b(?:(?:and|also|plus)\s+)*by\s+e-?mail(?:\s+(?:too|also|as\s+well))?\b/i;

const WINDOW = /\b(?:with\s+(?:a\s+)?)?window\s+(?:of\s+)?(\d+(?:\.\d+)?)\s*(h|hrs?|hours?|d|days?)\b/i;

/**
 * Reads the scope and window of "start ping test …" (what follows "test").
 * @example
 * parseStart("technical window 24h") // { scope: { kind: "type", type: "technical" }, windowMs: 86_400_000 }
 * parseStart("KEN, FRA") // { scope: { kind: "states", states: ["KEN", "FRA"] }, windowMs: 172_800_000 }
 * parseStart("diplomatic South Africa") // { scope: { kind: "states", states: ["ZAF"], type: "diplomatic" }, … }
 */
export function parseStart(rest: string): { scope: PingScope; windowMs: number; email?: EmailMode } {
  let text = rest.trim();
  const byEmail = BY_EMAIL_TOO.exec(text);
  const email: { email?: EmailMode } = byEmail ? { email: "also" } : {};
  if (byEmail)
    text = `${text.slice(0, byEmail.index)} ${text.slice(byEmail.index + byEmail[0].length)}`.trim();
  let windowMs = DEFAULT_WINDOW_MS;
  const window = WINDOW.exec(text);
  if (window) {
    const amount = Number(window[1]);
    const unit = (window[2] ?? "h").toLowerCase();
    windowMs = Math.round(amount * (unit.startsWith("d") ? 24 : 1) * 3_600_000);
    if (windowMs < MIN_WINDOW_MS || windowMs > MAX_WINDOW_MS) {
      throw new InputError(
        `The window must be between 1 hour and 14 days; "${window[0]}" is not. Nothing was started.`,
      );
    }
    text = `${text.slice(0, window.index)} ${text.slice(window.index + window[0].length)}`.trim();
  } else if (/\bwindow\b/i.test(text)) {
    throw new InputError(
      'Give the window as a number of hours or days, e.g. "window 48h" or "window 2 days". Nothing was started.',
    );
  }
  text = text
    .replace(/^[\s,;]+|[\s,;]+$/g, "")
    .replace(/^(?:for|of|to)\s+/i, "")
    .replace(/\s+pocs?$/i, "")
    .trim();
  const word = text.toLowerCase();
  if (word === "" || word === "all" || word === "everyone")
    return { scope: { kind: "all" }, windowMs, ...email };
  if (word === "diplomatic" || word === "technical")
    return { scope: { kind: "type", type: word }, windowMs, ...email };
  const typed = TYPE_FIRST.exec(text) ?? TYPE_LAST.exec(text);
  const type = typed?.groups?.type?.toLowerCase() as PocType | undefined;
  const { codes: states, unknown } = statesInList(typed?.groups?.states ?? text);
  if (unknown.length > 0 || states.length === 0) {
    const named = unknown.length > 0 ? unknown : [text];
    throw new InputError(
      `I don't know ${named.map((part) => `"${part}"`).join(", ")} as ${named.length === 1 ? "a State" : "States"}. ` +
        `Say "start ping test all", "diplomatic", "technical", States by English name or ISO code such as "KEN, Côte d'Ivoire", or a type with States such as "diplomatic KEN, FRA"; optionally with "window 48h" and "by e-mail too". Nothing was started.`,
    );
  }
  return { scope: { kind: "states", states, ...(type ? { type } : {}) }, windowMs, ...email };
}

/**
 * A scope for people.
 * @example describeScope({ kind: "states", states: ["KEN", "FRA"] }) === "POCs of KEN, FRA"
 */
export function describeScope(scope: PingScope): string {
  if (scope.kind === "all") return "all POCs";
  if (scope.kind === "type") return `${scope.type} POCs`;
  return `${scope.type ? `${scope.type} ` : ""}POCs of ${scope.states.join(", ")}`;
}
