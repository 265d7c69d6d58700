/**
 * A broadcast composed before recipients kept their State has rows without `state`: its CSV
 * export fills the column at export time from the roster (by the recipient's e-mail), and a
 * stored State is kept as stored. Weak 16 item 5.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { outcomesCsv } from "../../handlers/broadcast/tally.js";

describe("the state column of an old broadcast's CSV", () => {
  it("is filled from the roster when the stored row lacks it", () => {
    const roster = new Map([
      ["ann@mission.ke", "KEN"],
      ["bo@mission.fr", "FRA"],
    ]);
    const csv = outcomesCsv(
      [
        { key: "ann@mission.ke", name: "Ann", userId: "chat:U1" },
        { key: "chat:U2", name: "Bo", userId: "chat:U2", email: "bo@mission.fr", state: "DEU" },
        { key: "cy@nowhere.example", name: "Cy", userId: "chat:U3" },
      ],
      new Map(),
      new Map(),
      false,
      { locale: "en", stateOf: (email) => roster.get(email) },
    );
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    // Bo has an e-mail copy too: one row per channel, the same State on each.
    expect([...new Map(rows.map((row) => [row.name, row.state]))]).toEqual([
      ["Ann", "Kenya"],
      ["Bo", "Germany"],
      ["Cy", ""],
    ]);
  });
});
