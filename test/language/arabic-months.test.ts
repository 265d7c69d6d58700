/**
 * Arabic answers write months as UN Arabic documents do ("آذار/مارس"), as the letters'
 * translations in `data/` do ("10 حزيران/يونيه 2024"): one answer wrote "9 مايو" beside
 * "8 كانون الثاني/يناير 2024". Both spellings are read.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

/** The Egyptian month names alone, not after a Levantine name and a slash. */
const BARE_MONTH =
  /(?<!\/)(?:يناير|فبراير|مارس|أبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/u;

describe("Arabic months", () => {
  it("answers write the UN's double names, as the data's own Arabic does", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    const karim = user("karim");
    const tomorrow = await h.say(karim, "ماذا يوجد غدا بعد الظهر؟");
    expect(tomorrow).toContain("الثلاثاء، 5 آذار/مارس");
    expect(tomorrow).not.toMatch(BARE_MONTH);
    const meeting = await h.say(karim, "متى اجتماع جهات الاتصال؟");
    expect(meeting).toContain("9 أيار/مايو");
    expect(meeting).toContain("8 كانون الثاني/يناير 2024");
    expect(meeting).not.toMatch(BARE_MONTH);
  });

  it("reads a date written either way, and the UN spellings يونيه and يوليه", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    const karim = user("karim");
    for (const question of ["ماذا يوجد يوم 7 آذار/مارس؟", "ماذا يوجد يوم 7 مارس؟", "ماذا يوجد يوم ٧ آذار؟"]) {
      expect(await h.say(karim, question)).toContain("الخميس، 7 آذار/مارس");
    }
    expect(await h.say(karim, "ماذا يوجد يوم 10 يونيه؟")).toContain("10 حزيران/يونيه");
  });
});
