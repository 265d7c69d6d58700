/**
 * The ping test report's CSV says who each POC line is: the POC's name, their State as the bot
 * shows it (the UN short name, in the reader's language) and their POC type, beside the line's
 * id ("KEN:technical"); a State's line names its State. The columns before stay in their order.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import {
  button,
  greet,
  importDirectory,
  KEN_DIPLO,
  KEN_TECH,
  pocBot,
  SECRETARIAT,
  SGP_DIPLO,
  textOf,
} from "../poc/support.js";

async function afterPing() {
  const b = await pocBot({ now: "2024-06-10T13:00:00.000Z", modules: handlerModules });
  await importDirectory(b, [
    { state: "KEN", type: "technical", name: "Peter Otieno", emails: KEN_TECH.email },
    { state: "KEN", type: "diplomatic", name: "Amina Njoroge", emails: KEN_DIPLO.email },
    { state: "SGP", type: "diplomatic", name: "Li Wei", emails: SGP_DIPLO.email },
  ]);
  await greet(b, [SECRETARIAT, KEN_TECH, KEN_DIPLO]);
  const preview = await b.say(SECRETARIAT, "start ping test all window 24h");
  await b.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
  await b.deps.scheduler.tick();
  return b;
}

/** The rows of the CSV that "ping test report" sends after its card. */
async function csvRows(b: Awaited<ReturnType<typeof afterPing>>) {
  const text = textOf(await b.say(SECRETARIAT, "ping test report"));
  const csv = text.slice(text.indexOf("level,group,"));
  return parse(csv, { columns: true }) as Array<Record<string, string>>;
}

describe("the ping test report's CSV names each POC", () => {
  it("name, State and POC type after the line's id; the other columns keep their order", async () => {
    const b = await afterPing();
    const text = textOf(await b.say(SECRETARIAT, "ping test report"));
    expect(text).toContain(
      "level,group,name,state,poc_type,in_scope,delivered,acknowledged_in_time,late,no_answer,failed,pending,awaiting_answer,median_minutes_to_acknowledge,not_pinged_cancelled,sent_at,acknowledged_at,reached_by,not_reached_because\n",
    );
    const rows = await csvRows(b);
    expect(
      rows.filter((row) => row.level === "poc").map((row) => [row.group, row.name, row.state, row.poc_type]),
    ).toEqual([
      ["KEN:diplomatic", "Amina Njoroge", "Kenya", "diplomatic"],
      ["KEN:technical", "Peter Otieno", "Kenya", "technical"],
      ["SGP:diplomatic", "Li Wei", "Singapore", "diplomatic"],
    ]);
    expect(
      rows
        .filter((row) => row.level === "state")
        .map((row) => [row.group, row.name, row.state, row.poc_type]),
    ).toEqual([
      ["KEN", "", "Kenya", ""],
      ["SGP", "", "Singapore", ""],
    ]);
    expect(rows.find((row) => row.level === "overall")).toMatchObject({ name: "", state: "", in_scope: "3" });
    expect(rows.find((row) => row.group === "SGP:diplomatic")).toMatchObject({ in_scope: "1", pending: "1" });
  });

  it("the State as the reader's language names it", async () => {
    const b = await afterPing();
    await b.say(SECRETARIAT, "language: français");
    const rows = await csvRows(b);
    expect(rows.find((row) => row.group === "SGP:diplomatic")).toMatchObject({
      name: "Li Wei",
      state: "Singapour",
      poc_type: "diplomatic",
    });
  });
});
