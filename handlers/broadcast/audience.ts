/**
 * Audience phrases → selectors of the audience registry (bot/audiences.ts):
 *
 *   everyone, all participants                      → everyone
 *   heads of delegation, HoDs                       → role:head_of_delegation
 *   the Secretariat                                  → role:secretariat
 *   delegates of Kenya, France and SGP               → state:KEN,FRA,SGP
 *   diplomatic POCs / technical POCs                 → poc:diplomatic | poc:technical
 *   POCs, all POCs                                   → poc:all + role:poc (the POC directory's
 *                                                      records and the roster's POCs, each once)
 *   people who RSVP'd yes to the reception           → rsvp:<event id>:attending
 *   subscribers of the Thursday afternoon meeting    → subscribers:<occurrence id>
 *   heads of delegation and technical POCs           → role:head_of_delegation + poc:technical
 *
 * A raw selector ("state:KEN,FRA") is accepted as it is.
 */
import type { Audiences } from "../../bot/audiences.js";
import { InputError } from "../../bot/errors.js";
import { broadcastGrammar } from "../../bot/language/grammar.js";
import { stateName, statesInList, whyNotAState } from "../../bot/people/states.js";
import type { Catalogue, Occurrence } from "../../bot/programme/catalogue.js";
import { formatDate } from "../../bot/programme/format.js";
import { termsOf } from "../../bot/programme/text.js";

/**
 * A parsed audience: the selector to resolve and how to say it back.
 * @example const choice: AudienceChoice = { selector: "poc:technical", label: "technical POCs" };
 */
export interface AudienceChoice {
  selector: string;
  label: string;
}

const g = broadcastGrammar();
const EVERYONE = g.everyone;
const HEADS = g.heads;
const SECRETARIAT = g.secretariat;
const POCS = g.pocs;
const STATES = g.states;
const RSVP = g.rsvp;
const ATTENDING = g.attending;
const SUBSCRIBERS = g.subscribers;
const RAW = /^[a-z][a-z_-]*(?::\S+)?$/;

/**
 * Reads an audience phrase; throws InputError naming what it could not read, or an
 * audience no installed feature provides.
 * @example parseAudience("delegates of Kenya and France", { audiences, catalogue }) // { selector: "state:KEN,FRA", label: "delegates of Kenya and France" }
 */
export function parseAudience(
  phrase: string,
  context: { audiences: Audiences; catalogue: Catalogue; now?: Date },
): AudienceChoice {
  const cleaned = phrase
    .trim()
    .replace(g.audienceLead, "")
    .replace(/[.!]+$/, "")
    .trim();
  if (cleaned === "")
    throw new InputError(
      `Say who the broadcast is for, e.g. "broadcast to heads of delegation: …". ${knownAudiences(context.audiences)}`,
    );
  const parts = splitUnion(cleaned, context.catalogue, context.now).map((part) =>
    part.selector === ALL_POCS.selector ? allPocs(context.audiences) : part,
  );
  const missing = parts.filter((part) => !context.audiences.has(part.selector));
  if (missing.length > 0) {
    throw new InputError(
      `I can't reach ${missing.map((part) => part.label).join(" or ")} yet: no installed feature provides that audience. ${knownAudiences(context.audiences)}`,
    );
  }
  return {
    selector: parts.map((part) => part.selector).join(" + "),
    label: parts.map((part) => part.label).join(" and "),
  };
}

/**
 * "All POCs": the POC directory's records and the roster's people whose roles include "poc"
 * (a roster POC has no type, so only "all POCs" names them). The audiences resolve each
 * person once, by e-mail. Either half alone when only one feature is installed.
 */
const ALL_POCS: AudienceChoice = {
  selector: "poc:all + role:poc",
  label: "all POCs (the POC directory's records and the roster's POCs, each person once)",
};

function allPocs(audiences: Audiences): AudienceChoice {
  if (audiences.has("poc:all") && audiences.has("role:poc")) return ALL_POCS;
  if (audiences.has("role:poc")) return { selector: "role:poc", label: "all POCs (the roster's POCs)" };
  return { selector: "poc:all", label: "all POCs (the POC directory's records)" };
}

function knownAudiences(audiences: Audiences): string {
  const list = audiences.list();
  if (list.length === 0) return "No audiences are available yet.";
  return `Audiences I know: ${list.map((info) => `${info.description} (e.g. ${info.example})`).join("; ")}.`;
}

/** One phrase, or several joined by "and", "plus", "+" or ";". */
function splitUnion(phrase: string, catalogue: Catalogue, now?: Date): AudienceChoice[] {
  const single = trySingle(phrase, catalogue, now);
  if (single.ok) return [single.choice];
  const separators = [...phrase.matchAll(g.unionSeparator)];
  for (const separator of separators) {
    const left = phrase.slice(0, separator.index);
    const right = phrase.slice((separator.index ?? 0) + separator[0].length);
    const first = trySingle(left, catalogue, now);
    if (!first.ok || right === "") continue;
    try {
      return [first.choice, ...splitUnion(right, catalogue, now)];
    } catch {
      // The rest does not read as audiences at this split; try the next one.
    }
  }
  throw new InputError(single.problem);
}

type Attempt = { ok: true; choice: AudienceChoice } | { ok: false; problem: string };

function trySingle(phrase: string, catalogue: Catalogue, now?: Date): Attempt {
  try {
    return { ok: true, choice: single(phrase, catalogue, now) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problem: error.message };
    throw error;
  }
}

function single(original: string, catalogue: Catalogue, now?: Date): AudienceChoice {
  const phrase = original.trim();
  const lower = phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ");
  if (EVERYONE.test(lower)) return { selector: "everyone", label: "everyone" };
  if (HEADS.test(lower)) return { selector: "role:head_of_delegation", label: "heads of delegation" };
  if (SECRETARIAT.test(lower)) return { selector: "role:secretariat", label: "the Secretariat" };
  const poc = lower.match(POCS);
  if (poc) return poc[1] ? { selector: `poc:${poc[1]}`, label: `${poc[1]} POCs` } : ALL_POCS;
  const states = lower.match(STATES);
  if (states?.[1]) {
    const codes = stateCodes(states[1]);
    return {
      selector: `state:${codes.join(",")}`,
      label: `delegates of ${listWords(codes.map((code) => stateName(code)))}`,
    };
  }
  const rsvp = lower.match(RSVP) ?? lower.match(ATTENDING);
  if (rsvp) {
    const answer = rsvp.length > 2 ? rsvp[1] : "yes";
    const status = g.rsvpStatusOf(answer ?? "yes") ?? "attending";
    const event = findOccurrence(rsvp[rsvp.length - 1] ?? "", catalogue, "social", now);
    return {
      selector: `rsvp:${event.id}:${status}`,
      label: `people who answered ${answer ?? "yes"} to ${event.label}`,
    };
  }
  const subscribers = lower.match(SUBSCRIBERS);
  if (subscribers?.[1]) {
    const session = findOccurrence(subscribers[1], catalogue, "session", now);
    return {
      selector: `subscribers:${session.id}`,
      label: `subscribers of ${session.label} (${formatDate(session.date)})`,
    };
  }
  if (RAW.test(lower) && lower.includes(":")) return { selector: phrase, label: phrase };
  throw new InputError(
    `I don't know the audience "${original}". Try: everyone, heads of delegation, delegates of Kenya and France, diplomatic POCs, technical POCs, people who RSVP'd yes to the reception, subscribers of <session>.`,
  );
}

/** State names or codes in a list (the shared reading of bot/people/states.ts). */
function stateCodes(list: string): string[] {
  const { codes, unknown } = statesInList(list);
  if (unknown.length > 0) {
    throw new InputError(
      [
        `I don't recognise ${unknown.map((name) => `"${name}"`).join(", ")} as ${unknown.length === 1 ? "a State" : "States"}.`,
        ...unknown.flatMap((name) => whyNotAState(name) ?? []).map((why) => `${why}.`),
        `Use UN names or ISO 3166 alpha-3 codes, e.g. "delegates of Kenya and FRA".`,
      ].join(" "),
    );
  }
  return codes;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The programme occurrence a phrase names: its id, or the best match of its words (title,
 * weekday, part of day). Throws InputError when nothing or several things match equally.
 */
function findOccurrence(
  phrase: string,
  catalogue: Catalogue,
  want: "social" | "session",
  now?: Date,
): Occurrence {
  const trimmed = phrase.trim().replace(g.eventArticle, "");
  const byId = catalogue.byId.get(trimmed);
  if (byId && byId.kind !== "notice") return byId;
  const candidates = catalogue.occurrences.filter((o) =>
    want === "social"
      ? o.kind === "social"
      : o.kind === "meeting" || o.kind === "item" || o.kind === "social",
  );
  const query = termsOf(trimmed).filter((term) => !g.eventNoise.has(term));
  const scored = candidates
    .map((occurrence) => {
      const terms = new Set(
        termsOf(
          [
            occurrence.id.replaceAll("-", " "),
            occurrence.label,
            occurrence.kind === "social"
              ? `${occurrence.event.kind.replaceAll("-", " ")} ${occurrence.event.keywords.join(" ")}`
              : "",
            occurrence.kind === "item" ? occurrence.item.keywords.join(" ") : "",
            g.weekdayName(new Date(`${occurrence.date}T12:00:00Z`).getUTCDay()),
            occurrence.partOfDay ?? "",
            occurrence.kind === "meeting" ? "meeting session" : "",
          ].join(" "),
        ),
      );
      const hits = query.filter((term) => terms.has(term)).length;
      return { occurrence, score: query.length === 0 ? 0 : hits / query.length };
    })
    .filter((entry) => entry.score >= 0.6)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const what = want === "social" ? "event" : "session";
  if (!best)
    throw new InputError(`I can't find the ${what} "${phrase}" in the programme. Give its title or its id.`);
  let tied = scored.filter((entry) => entry.score === best.score);
  if (tied.length > 1 && now) {
    // Equally good matches on different days: the one nearest to now, when it is clear.
    const distance = (o: Occurrence) => Math.abs(o.start - now.getTime());
    const nearest = Math.min(...tied.map((entry) => distance(entry.occurrence)));
    const closest = tied.filter((entry) => distance(entry.occurrence) === nearest);
    if (closest.length === 1) tied = closest;
  }
  if (tied.length === 1 && tied[0]) return tied[0].occurrence;
  if (tied.length > 1) {
    const options = tied
      .slice(0, 5)
      .map(
        (entry) =>
          `${entry.occurrence.label} (${formatDate(entry.occurrence.date)}, id ${entry.occurrence.id})`,
      );
    throw new InputError(
      `"${phrase}" matches more than one ${what}: ${options.join("; ")}. Say which, e.g. by its id.`,
    );
  }
  return best.occurrence;
}
