/**
 * A facet's own word asked in a follow-up ("is it online?", « c'est en ligne ? ») names no
 * subject: the next follow-up ("which room?", « y a une salle ? ») is not a search for
 * "online" (it found the POC meeting's connection link and the directory's launch), and keeps
 * the day the online question carried (its answer has no day of its own).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const TUESDAY_EVENING = "2024-03-06T01:00:00Z";

async function conversation(texts: readonly string[]): Promise<string> {
  const h = await harness({ now: TUESDAY_EVENING, modules: handlerModules });
  const asker = user("vic");
  let answer = "";
  for (const text of texts) answer = await h.say(asker, text);
  return answer;
}

describe("a room asked after 'is it online?'", () => {
  it.each([
    [
      ["whats on wednesday afternoon", "the next day?", "is it online?", "which room?"],
      /connection link|Launch of the Global POC Directory/,
    ],
    [
      [
        "c quoi le programme mercredi",
        "et l'aprem ?",
        "le lendemain ?",
        "c'est en ligne ?",
        "y a une salle ?",
      ],
      /lien de connexion|Lancement du Répertoire/,
    ],
  ])("%j: Thursday afternoon's meeting, no search for 'online'", async (texts, wrong) => {
    const answer = await conversation(texts);
    expect(answer).not.toMatch(wrong);
    // The day and part carried (Thursday afternoon): its meeting.
    expect(answer).toMatch(
      /^(The letters give no room for the regular institutional dialogue|Les lettres n'indiquent aucune salle pour\u202f: dialogue institutionnel régulier)/,
    );
  });
});
