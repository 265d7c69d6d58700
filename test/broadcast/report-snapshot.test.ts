/**
 * tester11 W3: the report the Secretariat got when a broadcast finished said "Acknowledged so
 * far: 4 of 6" while the CSV after it showed one acknowledgement: the CSV was frozen when the
 * broadcast finished, the counts were read when the report went out (the Secretariat's console
 * ran 20 minutes later). One report, one reading: the counts and the CSV that follows them are
 * both read when the report goes out.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { broadcastCore, dmOf, draftIdOf, makePeople, secretariatUser } from "./support/core.js";

const sec = secretariatUser("alpha");
const SEC_DM = dmOf(sec.id);
const person = (n: number) => ({
  id: `alpha:u${n}` as const,
  displayName: `Person ${n}`,
  isBot: false,
  isMe: false,
});

describe("a broadcast's final report", () => {
  it("acknowledgements given between the end and the report's delivery are in its counts and its CSV alike", async () => {
    const t = await broadcastCore({ people: makePeople(6, ["alpha"]) });
    const [preview] = await t.say(sec, "broadcast to everyone, requiring acknowledgement: Room change");
    const id = draftIdOf(preview?.message.card);
    await t.click(sec, ACTIONS.confirm, id);
    // The Secretariat cannot be reached for a while: the report waits.
    t.first.faults.set(sec.id, { transientTimes: 1, retryAfterMs: 20 * 60_000 });
    await t.click(person(2), ACTIONS.acknowledge, id); // not delivered yet: refused
    for (let tick = 0; tick < 5; tick += 1) {
      await t.deps.scheduler.tick();
      t.clock.advance(1_000);
    }
    expect(t.sentTo(SEC_DM).some((s) => s.message.card?.title === `Broadcast ${id}: finished`)).toBe(false);
    await t.click(person(1), ACTIONS.acknowledge, id); // after the end, before the report goes out
    await t.click(person(4), ACTIONS.acknowledge, id);
    t.clock.advance(21 * 60_000);
    await t.runUntilQuiet();

    const report = t.sentTo(SEC_DM).find((s) => s.message.card?.title === `Broadcast ${id}: finished`);
    expect(report?.message.card?.sections[1]?.fields?.at(-1)).toEqual({
      label: "Acknowledged so far",
      value: "2 of 6",
    });
    const csv = t.sentTo(SEC_DM).find((s) => s.text.startsWith(`Broadcast ${id}, per-recipient outcomes`));
    const text = csv?.text ?? "";
    const rows = parse(text.slice(text.indexOf("\n") + 1), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.filter((r) => r.acknowledged_at !== "").map((r) => r.user_id)).toEqual([
      "alpha:u1",
      "alpha:u4",
    ]);
  });
});
