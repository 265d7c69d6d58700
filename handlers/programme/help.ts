/** What can be asked about the programme, for the help answer (wording in the messages catalogue). */
import { tr } from "../../bot/language/messages.js";
import type { HelpEntry } from "../../bot/module.js";

const EXAMPLES = ["afternoon", "next", "topic", "item", "who", "opens", "where", "ping"] as const;

/**
 * Help metadata of the programme questions, read in the turn's language each time help is shown.
 * @example programmeHelp.examples[0] // "What's on Thursday afternoon?"
 */
export const programmeHelp: HelpEntry = {
  get title() {
    return tr("programme.help.title");
  },
  get examples() {
    return EXAMPLES.map((example) => tr(`programme.help.examples.${example}`));
  },
};
