/**
 * The audit trail in the Secretariat's words everywhere it is shown: field names as the form
 * names them and times as people read them, in chat and on the dashboard's record page.
 */
import { describe, expect, it } from "vitest";
import { pocRecordPage } from "../../dashboard/pages/poc.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { button, directoryCsv, KEN_TECH, pocBot, SECRETARIAT, textOf } from "./support.js";

describe("the audit trail in people's words", () => {
  it("chat and the dashboard say '24/7 phone' and 'last confirmed' with readable times, never phone247 or an ISO instant", async () => {
    const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z" });
    await bot.say(
      SECRETARIAT,
      `import poc directory\n${directoryCsv([{ state: "KEN", type: "technical", emails: KEN_TECH.email ?? "", last_confirmed: "2024-04-01" }])}`,
    );
    bot.clock.set("2024-06-02T08:00:00.000Z");
    const preview = await bot.say(KEN_TECH, "change my 24/7 phone to +254 20 765 4321");
    await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
    bot.clock.set("2024-06-03T08:00:00.000Z");
    await bot.click(KEN_TECH, button(await bot.say(KEN_TECH, "my details"), ACTIONS.confirm));

    const chat = textOf(await bot.say(SECRETARIAT, "poc history KEN technical"));
    const page =
      (await pocRecordPage(
        bot.deps,
        {
          email: "secretariat@un.example",
          csrf: "x",
          now: bot.clock.now(),
          zone: { zone: "America/New_York", label: "New York time" },
          locale: "en",
        },
        "KEN:technical",
      )) ?? "";
    // What the page shows (a <time> element keeps the exact instant in its attribute).
    const shownOnPage = page.replace(/<[^>]+>/g, "");
    for (const shown of [chat, shownOnPage]) {
      expect(shown).toContain("24/7 phone");
      expect(shown).toContain("last confirmed");
      expect(shown).not.toMatch(/phone247|lastConfirmedAt|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    }
    expect(shownOnPage).toContain("2024-06-03 04:00"); // venue time (New York, EDT)
  });
});
