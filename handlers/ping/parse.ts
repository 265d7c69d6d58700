/**
 * Chat phrases of ping tests: "start ping test [all|diplomatic|technical|KEN,FRA…] [window 48h]"
 * (States by English name or ISO code, optionally after a type: "diplomatic Côte d'Ivoire"),
 * "ping test report [id]", "ping tests" and "cancel ping test [id]".
 */

import { InputError } from "../../bot/errors.js";
import { commandMatcher } from "../../bot/language/compile.js";
import { pingGrammar } from "../../bot/language/grammar.js";
import { statesInList } from "../../bot/people/states.js";
import type { EmailMode, PingScope } from "./schema.js";

/** The ping-test grammar, compiled from the English lexicon's words (`bot/language/locales/en/grammar.ts`). */
const g = pingGrammar;

/** The window when none is given. */
export const DEFAULT_WINDOW_MS = 48 * 3_600_000;
const MIN_WINDOW_MS = 3_600_000;
const MAX_WINDOW_MS = 14 * 24 * 3_600_000;

/** "start ping test …" (the rest is parsed by {@link parseStart}). */
export const START: RegExp = g().start;
/** "ping test report", "ping test results 20240610-1300-ab12". */
export const REPORT: RegExp = g().report;

/** "ping tests", "list ping tests", "show the recent ping tests". */
export const LIST: RegExp = g().list;

/** "acknowledge", "ack", "ping received", "acknowledge the ping": the Acknowledge button, typed. */
export const ACKNOWLEDGE = commandMatcher("acknowledgePing");

/** "did I answer the ping already?", « ai-je répondu au ping ? »: whether one's acknowledgement is recorded. */
export const ACK_ASKED = commandMatcher("pingAckAsked");

/** "got it, thanks", "merci", "ok gracias": a ping acknowledgement only while a ping waits for one. */
export const ACKNOWLEDGE_SOFTLY = commandMatcher("acknowledgeSoftly");

/** "who hasn't answered the ping test?", "who has not acknowledged the ping 20240610-1300-ab12". */
export const UNANSWERED: RegExp = g().unanswered;

/** "cancel ping test", "stop the ping test 20240610-1300-ab12". */
export const CANCEL: RegExp = g().cancel;

/** "diplomatic KEN, FRA", "technical POCs of South Africa". */
const TYPE_FIRST = g().typeFirst;
/** "KEN, FRA technical". */
const TYPE_LAST = g().typeLast;
type PocType = "diplomatic" | "technical";

/** "by e-mail too", "also by email", "and by e-mail", "by e-mail as well". */
const BY_EMAIL_TOO = g().byEmail;

const WINDOW = g().window;

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
    windowMs = Math.round(amount * (g().windowHours(window[2] ?? "") ?? 1) * 3_600_000);
    if (windowMs < MIN_WINDOW_MS || windowMs > MAX_WINDOW_MS) {
      throw new InputError(
        `The window must be between 1 hour and 14 days; "${window[0]}" is not. Nothing was started.`,
      );
    }
    text = `${text.slice(0, window.index)} ${text.slice(window.index + window[0].length)}`.trim();
  } else if (g().windowWord.test(text)) {
    throw new InputError(
      'Give the window as a number of hours or days, e.g. "window 48h" or "window 2 days". Nothing was started.',
    );
  }
  text = text
    .replace(/^[\s,;]+|[\s,;]+$/g, "")
    .replace(g().scopeLead, "")
    .replace(g().scopeEnd, "")
    .trim();
  if (text === "" || g().everyone.test(text)) return { scope: { kind: "all" }, windowMs, ...email };
  const alone = g().typeOf(text);
  if (alone) return { scope: { kind: "type", type: alone }, windowMs, ...email };
  const typed = TYPE_FIRST.exec(text) ?? TYPE_LAST.exec(text);
  const type: PocType | undefined = g().typeOf(typed?.groups?.type ?? "");
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
