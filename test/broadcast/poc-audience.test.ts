/**
 * "broadcast to POCs": the POC directory's records and the roster's people whose roles include
 * "poc", each person once (by e-mail, whichever of a record's e-mails the roster names); the
 * preview says so, and the report counts the same people (tester6 I1).
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Card } from "../../bot/cards.js";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { createBroadcastModule } from "../../handlers/broadcast/module.js";
import { identity } from "../../handlers/identity.js";
import { inputGuard } from "../../handlers/input-guard.js";
import { pocDirectory, pocImport } from "../../handlers/poc/module.js";
import { rosterEmailOf } from "../../handlers/poc/people.js";
import { roster } from "../../handlers/roster/module.js";
import { pocBot, SECRETARIAT, textOf, user } from "../poc/support.js";

const MODULES = [pocImport, inputGuard, identity, roster, pocDirectory, createBroadcastModule()];
const TEMPLATE_ROSTER = readFileSync("data/templates/roster.csv", "utf8");
const TEMPLATE_DIRECTORY = readFileSync("data/templates/poc-directory.csv", "utf8");

const fieldsOf = (card: Card | undefined) =>
  Object.fromEntries((card?.sections[1]?.fields ?? []).map((field) => [field.label, field.value]));

describe("broadcast to POCs", () => {
  it("with only the roster, reaches the roster's two POCs instead of saying the roster has none", async () => {
    const bot = await pocBot({ modules: MODULES, now: "2024-03-04T10:20:00-05:00" });
    expect(await bot.deps.people.importRoster(TEMPLATE_ROSTER, "test", bot.clock.now())).toMatchObject({
      ok: true,
    });
    const answer = await bot.say(SECRETARIAT, "broadcast to POCs: Ping test today, please acknowledge.");
    const preview = answer[0];
    const fields = fieldsOf(preview?.message.card);
    expect(fields.To).toBe("all POCs (the POC directory's records and the roster's POCs, each person once)");
    expect(fields.Audience).toBe("2");
    expect(fields.Unreachable).toBe("2 (not yet met in chat: Claire Martin (France); Li Wei (Singapore))");
    expect(textOf(answer)).not.toContain("nobody in this audience");
  });

  it("with the directory too, counts each person once and the report counts the same people", async () => {
    const bot = await pocBot({ modules: MODULES, now: "2024-06-10T08:00:00-04:00" });
    // Peter is on the roster as a POC under the second e-mail of his directory record.
    const rosterCsv = `${TEMPLATE_ROSTER.trimEnd()}\nSOC@cert.example,Peter Otieno,KEN,poc\n`;
    expect(await bot.deps.people.importRoster(rosterCsv, "test", bot.clock.now())).toMatchObject({
      ok: true,
    });
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${TEMPLATE_DIRECTORY}`))).toContain(
      "Imported 3 POC records",
    );
    const li = user("li", "li.wei@singapore-mission.example");
    const peter = user("peter", "peter.otieno@cert.example");
    await bot.say(li, "hello");
    await bot.say(peter, "hello");
    const [preview] = await bot.say(SECRETARIAT, "broadcast to all POCs: Ping test today.");
    const fields = fieldsOf(preview?.message.card);
    // Amina, Peter and Claire from the directory (Claire is also the roster's FRA POC, under
    // another e-mail: the same State and name), and Li Wei from the roster.
    expect(fields.Audience).toBe("4");
    expect(fields["Reachable in chat"]).toBe("2");
    expect(fields.Unreachable).toBe(
      "2 (not yet met in chat: Claire Martin (France, technical POC); Amina Njoroge (Kenya, diplomatic POC))",
    );
    const draft = preview?.message.card?.buttons?.find((b) => b.actionId === ACTIONS.confirm);
    await bot.click(SECRETARIAT, { actionId: ACTIONS.confirm, value: draft?.value });
    await bot.deps.scheduler.tick();
    const delivered = bot.sent.filter(
      (s) => s.message.text.includes("Ping test today.") && s.to !== "test:dm-sec",
    );
    expect(delivered.map((s) => s.to).sort()).toEqual(["test:dm-li", "test:dm-peter"]);
    const answer = await bot.say(SECRETARIAT, "broadcast report");
    const report = answer.find((s) => s.message.card);
    const reported = fieldsOf(report?.message.card);
    expect([reported.Audience, reported["Reachable in chat"], reported.Sent]).toEqual(["4", "2", "2"]);
    // The CSV says who each row is: name, State (as the preview shows it) and a POC's type.
    const csv =
      answer.find((s) => s.message.text.includes("per-recipient outcomes (CSV"))?.message.text ?? "";
    expect(csv.split("\n")[1]).toBe(
      "name,state,poc_type,email,recipient,user_id,platform,status,attempts,sent_at,error",
    );
    const rows = parse(csv.slice(csv.indexOf("\n") + 1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.name, row.state, row.poc_type, row.status]).sort()).toEqual([
      ["Amina Njoroge", "Kenya", "diplomatic", "unreachable"],
      ["Claire Martin", "France", "technical", "unreachable"],
      ["Li Wei", "Singapore", "", "sent"],
      ["Peter Otieno", "Kenya", "technical", "sent"],
    ]);
  });

  it("a roster POC and a directory record of the same State and name are one person, whatever their e-mails", async () => {
    const bot = await pocBot({ modules: MODULES, now: "2024-06-10T08:00:00-04:00" });
    // Claire Martin (FRA) is a POC on the roster under her mission's e-mail, and France's
    // technical POC in the directory under her CERT's: one person, one message.
    expect(await bot.deps.people.importRoster(TEMPLATE_ROSTER, "test", bot.clock.now())).toMatchObject({
      ok: true,
    });
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${TEMPLATE_DIRECTORY}`))).toContain(
      "Imported 3 POC records",
    );
    const [preview] = await bot.say(SECRETARIAT, "broadcast to all POCs: Ping test today.");
    const fields = fieldsOf(preview?.message.card);
    // Amina, Peter and Claire from the directory; Li Wei from the roster.
    expect(fields.Audience).toBe("4");
    expect(fields.Unreachable).toBe(
      "4 (not yet met in chat: Claire Martin (France, technical POC); Amina Njoroge (Kenya, diplomatic POC); Peter Otieno (Kenya, technical POC); Li Wei (Singapore))",
    );
  });
});

describe("rosterEmailOf: which roster person a POC record is", () => {
  const record = { state: "FRA", name: "Claire  MARTIN", emails: ["claire.martin@cert.example"] };
  it.each([
    [
      "an e-mail of the record on the roster",
      [{ email: "Claire.Martin@cert.example", name: "C. Martin", state: "FRA" }],
      "claire.martin@cert.example",
    ],
    [
      "the same State and name, accents and case aside",
      [{ email: "cm@france.example", name: "Clàire Martin", state: "FRA" }],
      "cm@france.example",
    ],
    [
      "the same name in another State: not them",
      [{ email: "cm@be.example", name: "Claire Martin", state: "BEL" }],
      undefined,
    ],
    [
      "two of that name in the State: no reliable key",
      [
        { email: "cm1@france.example", name: "Claire Martin", state: "FRA" },
        { email: "cm2@france.example", name: "Claire Martin", state: "FRA" },
      ],
      undefined,
    ],
  ])("%s", (_what, people, expected) => {
    expect(rosterEmailOf(record, people)).toBe(expected);
  });
});
