/**
 * Programme questions in plain English, answered from the catalogue: a pure function of the
 * text, the time and the asker's zone. `parse.ts` reads the question, `match.ts` finds the
 * meetings, `render.ts` writes the card.
 */
import { type Card, cardToText, type Outgoing } from "../../bot/cards.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { isValidTimeZone } from "../../bot/programme/time.js";
import { matchQuery } from "./match.js";
import { parseQuestion } from "./parse.js";
import { renderFinding } from "./render.js";

export { programmeHelp } from "./help.js";

/**
 * What an answer depends on besides the question.
 * @example const context: AnswerContext = { now: new Date(), timeZone: "Asia/Tokyo", catalogue };
 */
export interface AnswerContext {
  now: Date;
  /** The asker's IANA zone; the venue's zone when absent or unknown. */
  timeZone?: string;
  catalogue: Catalogue;
}

/**
 * Answers a programme question, or returns `undefined` when the text is not one (the bot's
 * help or fallback then answers). Never throws; reads at most the first 300 characters.
 * @example
 * const answer = answerProgrammeQuestion("What's on Thursday morning?", {
 *   now: new Date("2024-03-04T08:00:00-05:00"), timeZone: "Asia/Tokyo", catalogue: loadCatalogue(),
 * });
 * answer?.text.split("\n")[0]; // "Thursday 7 March morning: Capacity-building"
 */
export function answerProgrammeQuestion(text: string, context: AnswerContext): Outgoing | undefined {
  const card = answerCard(text, context);
  return card ? { text: cardToText(card), card } : undefined;
}

/**
 * The answer as a card (what {@link answerProgrammeQuestion} sends), or `undefined`.
 * @example answerCard("where is the reception?", { now, catalogue })?.title // "Cocktail reception: Permanent Mission of Singapore …"
 */
export function answerCard(text: string, context: AnswerContext): Card | undefined {
  if (typeof text !== "string" || Number.isNaN(context.now.getTime())) return undefined;
  const query = parseQuestion(text);
  const finding = matchQuery(query, context);
  if (!finding) return undefined;
  // A zone the question names ("in Tokyo time") wins over the asker's own.
  const wanted = query.zone ?? context.timeZone;
  const askerZone = wanted && isValidTimeZone(wanted) ? wanted : undefined;
  return renderFinding(finding, askerZone ? { now: context.now, askerZone } : { now: context.now });
}

/**
 * Answers a few date questions so that the first real one does not pay for chrono-node's
 * one-off regular-expression compilation (100–250 ms per process, measured on Node 20).
 * Optional; call it once at start-up, after loading the catalogue.
 * @example warmUpProgrammeAnswers(loadCatalogue());
 */
export function warmUpProgrammeAnswers(catalogue: Catalogue): void {
  const now = new Date(catalogue.programmes[0]?.start ?? 0);
  for (let round = 0; round < 3; round += 1) {
    for (const question of ["what's on 7 March?", "9 May 2024", "what's on 10/6?", "2024-03-04"]) {
      answerCard(question, { now, catalogue });
    }
  }
}
