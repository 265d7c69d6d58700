/**
 * What a chat-phrased change is about: "Thursday afternoon", "Tuesday morning", "the
 * reception", "capacity-building", "the POC meeting". Read with the programme's existing
 * helpers (`readDayExpression` of bot/language and `resolveDays` of the programme questions, the
 * reminders' `resolveOccurrences`) until the one date/time reader of `bot/language/` lands.
 */

import { readDayExpression } from "../../bot/language/dates.js";
import { revisionGrammar } from "../../bot/language/grammar.js";
import type { Catalogue, DayOccurrence, Occurrence, ProgrammeEntry } from "../../bot/programme/catalogue.js";
import { termsOf } from "../../bot/programme/text.js";
import { dayContext, resolveDays } from "../programme/resolve-day.js";
import { resolveOccurrences } from "../reminders/resolve.js";

/**
 * A meeting or social event a change applies to (an item is taken as its meeting).
 * @example resolveTarget(catalogue, "Thursday afternoon", now)?.id === "oewg-7-2024-03-07-pm"
 */
export type Target = Extract<DayOccurrence, { kind: "meeting" | "social" }>;

/**
 * The result of reading a target: one, several (ambiguous), or none.
 * @example const found: Found = { kind: "one", target };
 */
export type Found = { kind: "one"; target: Target } | { kind: "many"; targets: Target[] } | { kind: "none" };

function asTarget(catalogue: Catalogue, occurrence: Occurrence): Target | undefined {
  if (occurrence.kind === "meeting" || occurrence.kind === "social") return occurrence;
  if (occurrence.kind === "item") {
    const meeting = catalogue.byId.get(occurrence.meetingId);
    return meeting?.kind === "meeting" ? meeting : undefined;
  }
  return undefined;
}

function unique(targets: Target[]): Target[] {
  return [...new Map(targets.map((target) => [target.id, target])).values()];
}

/**
 * Reads "Thursday afternoon" (a day and a part of it), a day alone, or words of the programme.
 * @example resolveTarget(catalogue, "the reception", now) // { kind: "one", target: reception }
 */
export function resolveTarget(catalogue: Catalogue, words: string, now: Date): Found {
  const cleaned = words.trim().toLowerCase().replace(revisionGrammar().targetLead, "");
  const expression = readDayExpression(cleaned);
  const leftover = expression.rest.replace(revisionGrammar().targetFiller, "").trim();
  let targets: Target[] = [];
  if (expression.day && leftover === "") {
    const context = dayContext(catalogue, catalogue.programmes, now);
    const dates = resolveDays(expression.day, context).dates;
    targets = dates.flatMap((date) =>
      (catalogue.byDate.get(date) ?? []).filter(
        (occurrence): occurrence is Target =>
          (occurrence.kind === "meeting" || occurrence.kind === "social") &&
          (expression.part === undefined || occurrence.partOfDay === expression.part),
      ),
    );
    if (expression.part !== undefined) targets = targets.filter((target) => target.kind === "meeting");
  } else {
    targets = resolveOccurrences(catalogue, words, now).flatMap((occurrence) => {
      const target = asTarget(catalogue, occurrence);
      return target ? [target] : [];
    });
  }
  const found = unique(targets);
  if (found.length === 1 && found[0]) return { kind: "one", target: found[0] };
  return found.length === 0 ? { kind: "none" } : { kind: "many", targets: found };
}

/**
 * A programme named by its id, title or alias ("the POC meeting", "OEWG"), or the programme
 * of the one occurrence the words name.
 * @example resolveProgramme(catalogue, "the POC meeting", now)?.id === "poc-meeting-1"
 */
export function resolveProgramme(catalogue: Catalogue, words: string, now: Date): ProgrammeEntry | undefined {
  const terms = termsOf(words.replace(revisionGrammar().programmeArticle, "")).join(" ");
  const named = catalogue.programmes.find((entry) =>
    entry.aliasTerms.some((alias) => alias.join(" ") === terms),
  );
  if (named) return named;
  const found = resolveTarget(catalogue, words, now);
  if (found.kind === "one") return found.target.programme;
  if (found.kind === "many") {
    const programmes = new Set(found.targets.map((target) => target.programme));
    if (programmes.size === 1) return [...programmes][0];
  }
  return undefined;
}
