/** What can be asked about the programme, for the help answer. */
import type { HelpEntry } from "../../bot/module.js";

/**
 * Help metadata of the programme questions.
 * @example programmeHelp.examples[0] // "What's on Thursday afternoon?"
 */
export const programmeHelp: HelpEntry = {
  title: "The programme (times in New York time and yours)",
  examples: [
    "What's on Thursday afternoon?",
    "What's next? / What's on now?",
    "When is capacity-building discussed?",
    "Agenda item 6",
    "Who gives the opening statements?",
    "When does the POC meeting open?",
    "Where is the reception?",
    "When is the ping test?",
  ],
};
