/**
 * Shared helpers of the programme tests: the real catalogue (loaded once) and `ask`, which
 * answers a question as the bot would and returns the printed text.
 */
import { loadCatalogue } from "../../bot/programme/load.js";
import { answerProgrammeQuestion } from "../../handlers/programme/answer.js";

/** The catalogue built from the repository's `data/`. */
export const catalogue = loadCatalogue();

/** Monday 4 March 2024, 8 a.m. in New York: before the session opens. */
export const MONDAY_MORNING = "2024-03-04T08:00:00-05:00";

/**
 * The text answer to a question, or `undefined` when it is not a programme question.
 * @example ask("When is the reception?") // "Cocktail reception: Mon 4 Mar, 6:30 PM New York time\n…"
 */
export function ask(question: string, now: string = MONDAY_MORNING, timeZone?: string): string | undefined {
  return answerProgrammeQuestion(question, { now: new Date(now), timeZone, catalogue })?.text;
}

/** The first line of the answer (the card title): what a phone shows first. */
export function firstLine(
  question: string,
  now: string = MONDAY_MORNING,
  timeZone?: string,
): string | undefined {
  return ask(question, now, timeZone)?.split("\n")[0];
}
