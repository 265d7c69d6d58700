/**
 * After a revision, every answer's footer names the version in force and where it comes from
 * (the revision and its date), not the letter's version 1 (tester4 item 6).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";

describe("the answer footer after a revision", () => {
  it("names version 2 and the revision's date, in each language", async () => {
    const h = await harness({ now: "2024-03-05T14:00:00Z", modules: handlerModules });
    await withRoster(h);
    expect(await h.say(people.ann, "what's on thursday afternoon?")).toContain(
      "Provisional programme, version 1 (letter of 29 Jan 2024)",
    );
    await h.say(people.secretariat, "move Thursday afternoon to 3:30 PM");
    expect(await h.say(people.secretariat, "publish")).toMatch(/^Published version 2/);
    const english = await h.say(people.ann, "what's on thursday afternoon?");
    expect(english).toContain("3:30 PM");
    expect(english).toContain("Provisional programme, version 2 (revision of 5 Mar 2024)");
    expect(english).not.toContain("version 1");
    await h.say(people.claire, "language: français");
    const french = await h.say(people.claire, "quoi de prévu jeudi après-midi ?");
    expect(french).toContain("version 2 (révision du 5 mars 2024)");
    expect(french).not.toContain("version 1");
    // The change note is in French too (tester4 item 16: "⚠ Changed on mardi 5 mars (was 15:00)").
    expect(french).toContain("⚠ Modifié le mardi 5 mars (auparavant 15:00)");
    expect(french).not.toMatch(/Changed on|\(was /);
  });
});
