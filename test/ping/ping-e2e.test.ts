/**
 * A ping test end to end over 200 POCs on a SQLite file: started and partly answered by one
 * process, which then dies (one send in flight), finished by a new process (new core, outbox
 * and scheduler on the same file), with the report's figures checked against what was
 * simulated: on time before and after the restart, after the halfway reminder, late, never,
 * unreachable in chat, and undeliverable.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { stateName } from "../../bot/people/states.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { median } from "../../handlers/ping/report.js";
import { pingCampaign } from "../../handlers/ping/store.js";
import {
  button,
  directoryCsv,
  pocBot,
  pocEmail,
  SECRETARIAT,
  type Sent,
  someStates,
  textOf,
  type User,
  user,
} from "../poc/support.js";

const T0 = Date.parse("2024-06-10T13:00:00.000Z"); // 9 AM in New York on the day of the seed letter's ping test
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (ms: number) => new Date(T0 + ms).toISOString();

type Plan = "early" | "mid" | "after-reminder" | "late" | "never" | "unreachable" | "undeliverable";

/** What happens to POC number i (r = i mod 20), chosen so that every State and type mixes outcomes. */
function planFor(i: number): Plan {
  const r = i % 20;
  if (r === 19) return "unreachable";
  if (r === 7) return "undeliverable";
  if ([0, 1, 2, 4, 5].includes(r)) return "early";
  if ([3, 6, 8].includes(r)) return "mid";
  if ([9, 10, 11].includes(r)) return "after-reminder";
  if ([12, 13, 14].includes(r)) return "late";
  return "never";
}

interface Poc {
  i: number;
  state: string;
  type: "diplomatic" | "technical";
  id: string;
  who: User;
  plan: Plan;
  /** r = 3: a transient failure in the first process, so its ping is sent after the restart. */
  retried: boolean;
}

const states = someStates(100);
const pocs: Poc[] = states.flatMap((state, s) =>
  (["diplomatic", "technical"] as const).map((type, t) => {
    const i = 2 * s + t;
    return {
      i,
      state,
      type,
      id: `${state}:${type}`,
      who: user(`poc-${state}-${type}`, pocEmail(state, type)),
      plan: planFor(i),
      retried: i % 20 === 3,
    };
  }),
);

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const isPing = (m: Sent) =>
  m.message.card?.buttons?.some((b) => b.actionId === PING_ACTIONS.ack) &&
  m.message.card?.title === "Ping test of the POC directory";
const isReminder = (m: Sent) => m.message.card?.title === "Reminder: ping test of the POC directory";
const recipientsOf = (messages: Sent[]) => messages.map((m) => m.to.replace("test:dm-", "test:"));

describe("a ping test over 200 POCs with a restart in the middle", () => {
  it("pings each POC once, reminds at halfway, and reports exactly what happened", async () => {
    expect(pocs).toHaveLength(200);
    const dir = mkdtempSync(join(tmpdir(), "ping-e2e-"));
    dirs.push(dir);
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;

    // ------------------------------------------------------------ first process
    const a = await pocBot({ storeUrl, now: at(-HOUR) });
    const imported = textOf(
      await a.say(
        SECRETARIAT,
        `import poc directory\n${directoryCsv(pocs.map((p) => ({ state: p.state, type: p.type })))}`,
      ),
    );
    expect(imported).toMatch(/^Imported 200 POC records \(100 diplomatic, 100 technical\)/);
    for (const poc of pocs) if (poc.plan !== "unreachable") await a.say(poc.who, "hello");
    for (const poc of pocs) {
      if (poc.plan === "undeliverable") a.platform.faults.set(poc.who.id, { permanent: true });
      if (poc.retried) a.platform.faults.set(poc.who.id, { transientTimes: 1, retryAfterMs: 60_000 });
    }

    a.clock.set(at(0));
    const preview = await a.say(SECRETARIAT, "start ping test all window 48h");
    expect(textOf(preview)).toContain(
      "POCs: 200\nKnown in chat: 190\nNot known in chat (looked up by e-mail on the chat platforms, else e-mailed): 10",
    );
    const started = await a.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    expect(textOf(started)).toMatch(
      /^Ping test (\S+) started for all POCs: 200 POCs are being pinged, 190 in a chat account the bot knows\. The other 10 are looked up by e-mail on the chat platforms and, if not found, e-mailed\./,
    );
    const testId = /^Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    expect(textOf(await a.click(SECRETARIAT, button(preview, PING_ACTIONS.start)))).toMatch(
      /^Ping test \S+ was already started/,
    );

    await a.deps.scheduler.tick();
    const pingsA = a.sent.filter(isPing);
    expect(pingsA).toHaveLength(170);
    const statuses = async (bot: typeof a) => {
      const counts: Record<string, number> = {};
      for (const d of await bot.deps.outbox.campaign(pingCampaign(testId)))
        counts[d.status] = (counts[d.status] ?? 0) + 1;
      return counts;
    };
    // The 10 without a chat account: no platform here looks people up, so their chat ping is
    // recorded unreachable at once (their e-mail follows on the next tick).
    expect(await statuses(a)).toEqual({ sent: 170, failed: 20, pending: 10 });

    // The first process dies while sending two of the retried pings.
    const inFlight = pocs.filter((p) => p.retried).slice(0, 2);
    const outboxStore = a.store.namespace("outbox");
    for (const poc of inFlight) {
      const record = await a.deps.outbox.get(`${pingCampaign(testId)}/${poc.id}`);
      await outboxStore.set(`delivery:${pingCampaign(testId)}/${poc.id}`, {
        ...record,
        status: "sending",
        attempts: 1,
      });
    }

    const acks: Array<{ poc: Poc; at: number }> = [];
    const ackButton = (poc: Poc, messages: Sent[]) =>
      button(
        messages.filter((m) => m.to === `test:dm-${poc.who.id.slice(5)}`),
        PING_ACTIONS.ack,
      );
    for (const poc of pocs.filter((p) => p.plan === "early")) {
      a.clock.set(at(10 * MIN + poc.i * MIN));
      expect(textOf(await a.click(poc.who, ackButton(poc, pingsA)))).toMatch(
        /^Thank you: your acknowledgement was recorded/,
      );
      acks.push({ poc, at: 10 * MIN + poc.i * MIN });
    }
    // A second click changes nothing: the first acknowledgement counts.
    const twice = pocs.find((p) => p.plan === "early") as Poc;
    expect(textOf(await a.click(twice.who, ackButton(twice, pingsA)))).toMatch(
      /^You had already acknowledged this ping, at /,
    );
    await a.store.close();

    // ------------------------------------------------------------ second process, same file
    const b = await pocBot({ storeUrl, now: at(4 * HOUR) });
    await b.deps.scheduler.tick();
    const pingsB = b.sent.filter(isPing);
    expect(recipientsOf(pingsB).sort()).toEqual(
      pocs
        .filter((p) => p.retried)
        .map((p) => p.who.id)
        .sort(),
    );
    // The 20 whose chat ping failed were e-mailed instead; no e-mail channel runs in this
    // test, so those failed too (the report below still counts each POC once).
    expect(await statuses(b)).toEqual({ sent: 178, uncertain: 2, failed: 40 });
    const allPings = [...pingsA, ...pingsB];
    const pingedOnce = new Map<string, number>();
    for (const to of recipientsOf(allPings)) pingedOnce.set(to, (pingedOnce.get(to) ?? 0) + 1);
    expect([...pingedOnce.values()].every((n) => n === 1)).toBe(true);
    expect(pingedOnce.size).toBe(180);

    const sentAt = (poc: Poc) => (poc.retried ? 4 * HOUR : 0);
    for (const poc of pocs.filter((p) => p.plan === "mid")) {
      b.clock.set(at(5 * HOUR + poc.i * MIN));
      await b.click(poc.who, ackButton(poc, allPings));
      acks.push({ poc, at: 5 * HOUR + poc.i * MIN });
    }
    // Someone else clicking a POC's Acknowledge button records nothing.
    const someone = pocs.find((p) => p.plan === "never") as Poc;
    expect(
      textOf(await b.click(user("intruder", "intruder@example.org"), ackButton(someone, allPings))),
    ).toMatch(/^This ping was addressed to another Point of Contact/);

    b.clock.set(at(24 * HOUR));
    await b.deps.scheduler.tick();
    const reminded = b.sent.filter(isReminder);
    const shouldBeReminded = pocs.filter((p) => ["after-reminder", "late", "never"].includes(p.plan));
    expect(recipientsOf(reminded).sort()).toEqual(shouldBeReminded.map((p) => p.who.id).sort());
    b.clock.set(at(25 * HOUR));
    await b.deps.scheduler.tick();
    expect(b.sent.filter(isReminder)).toHaveLength(shouldBeReminded.length);

    for (const poc of pocs.filter((p) => p.plan === "after-reminder")) {
      b.clock.set(at(30 * HOUR + poc.i * MIN));
      await b.click(poc.who, ackButton(poc, reminded));
      acks.push({ poc, at: 30 * HOUR + poc.i * MIN });
    }

    // The close: the report goes to the Secretariat by direct message, as a card and as CSV.
    b.clock.set(at(48 * HOUR));
    const beforeClose = b.sent.length;
    await b.deps.scheduler.tick();
    const report = b.sent.slice(beforeClose);
    expect(report.map((m) => m.to)).toEqual(["test:dm-sec", "test:dm-sec"]);
    expect(textOf(report)).toContain(
      "In scope: 200\nDelivered: 180\nAcknowledged in time: 110\nLate: 0\nNo answer: 70\nFailed (not reached on any channel): 20",
    );

    for (const poc of pocs.filter((p) => p.plan === "late")) {
      b.clock.set(at(50 * HOUR + poc.i * MIN));
      expect(textOf(await b.click(poc.who, ackButton(poc, allPings)))).toMatch(
        /That was after the test closed, so it counts as late\.$/,
      );
      acks.push({ poc, at: 50 * HOUR + poc.i * MIN });
    }

    // ------------------------------------------------------------ the final figures
    b.clock.set(at(60 * HOUR));
    const final = await b.say(SECRETARIAT, "ping test report");
    const expectedMedianMin = (group: Poc[]) => {
      const values = acks.filter((ack) => group.includes(ack.poc)).map((ack) => ack.at - sentAt(ack.poc));
      const m = median(values);
      return m === null ? "" : String(Math.round(m / 6_000) / 10);
    };
    const expectedRow = (level: string, group: string, members: Poc[]) => {
      const count = (plans: Plan[]) => String(members.filter((p) => plans.includes(p.plan)).length);
      return {
        level,
        group,
        name: "",
        // A State's line names its State as the bot shows it.
        state: level === "state" ? stateName(group, "en") : "",
        poc_type: "",
        in_scope: String(members.length),
        delivered: count(["early", "mid", "after-reminder", "late", "never"]),
        acknowledged_in_time: count(["early", "mid", "after-reminder"]),
        late: count(["late"]),
        no_answer: count(["never"]),
        failed: count(["unreachable", "undeliverable"]),
        pending: "0",
        awaiting_answer: "0",
        median_minutes_to_acknowledge: expectedMedianMin(members),
        not_pinged_cancelled: "0",
        sent_at: "",
        acknowledged_at: "",
        reached_by: "",
        not_reached_because: "",
      };
    };
    const csvText = final[1]?.message.text.replace(/^Ping test \S+ report as CSV:\n/, "") ?? "";
    const all = parse(csvText, { columns: true }) as Array<Record<string, string>>;
    const rows = all.filter((row) => row.level !== "poc");
    // POC by POC: each acknowledgement at the moment it was clicked, nothing for the others.
    const perPoc = new Map(all.filter((row) => row.level === "poc").map((row) => [row.group, row]));
    expect(perPoc.size).toBe(pocs.length);
    // Each POC's line says who they are: their name, State and type.
    for (const poc of pocs)
      expect(perPoc.get(poc.id)).toMatchObject({
        name: `${poc.type} POC of ${poc.state}`,
        state: stateName(poc.state, "en"),
        poc_type: poc.type,
      });
    for (const ack of acks) {
      expect(perPoc.get(ack.poc.id)?.acknowledged_at).toBe(new Date(at(ack.at)).toISOString());
    }
    const acked = new Set(acks.map((ack) => ack.poc.id));
    for (const poc of pocs.filter((p) => !acked.has(p.id)))
      expect(perPoc.get(poc.id)?.acknowledged_at).toBe("");
    expect(rows).toEqual([
      expectedRow("overall", "all", pocs),
      expectedRow(
        "type",
        "diplomatic",
        pocs.filter((p) => p.type === "diplomatic"),
      ),
      expectedRow(
        "type",
        "technical",
        pocs.filter((p) => p.type === "technical"),
      ),
      ...[...states].sort().map((state) =>
        expectedRow(
          "state",
          state,
          pocs.filter((p) => p.state === state),
        ),
      ),
    ]);
    expect(rows[0]).toMatchObject({
      in_scope: "200",
      delivered: "180",
      acknowledged_in_time: "110",
      late: "30",
      no_answer: "40",
      failed: "20",
    });
    expect(textOf(final.slice(0, 1))).toContain(
      "In scope: 200\nDelivered: 180\nAcknowledged in time: 110\nLate: 30\nNo answer: 40\nFailed (not reached on any channel): 20",
    );
    await b.store.close();
  });
});
