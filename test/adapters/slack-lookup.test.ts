/**
 * Reaching a workspace member who never wrote: `users.lookupByEmail` on the real Slack
 * adapter against the fake Web API — found, "not on Slack" (`users_not_found`, not a
 * failure), cached both ways, paced to the method's tier; and through the outbox, a person
 * recipient resolved in chat lands in their DM, with the channel in the ledger.
 */
import { afterEach, describe, expect, it } from "vitest";
import { DeliveryError } from "../../bot/errors.js";
import { personRecipient } from "../../bot/reach/channels.js";
import { type SlackTestBot, startSlackTestBot } from "../support/fake-slack/harness.js";

describe("Slack look-up by e-mail", () => {
  let t: SlackTestBot | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it("finds a member by e-mail, caches the answer, and says 'not found' for users_not_found", async () => {
    t = await startSlackTestBot({ modules: [] });
    const find = t.adapter.findUserByEmail?.bind(t.adapter);
    expect(await find?.("Amina.Diallo@example.org")).toBe("slack:T0TEAM/@U0GENEVA");
    expect(await find?.("amina.diallo@example.org")).toBe("slack:T0TEAM/@U0GENEVA");
    expect(await find?.("nobody@example.org")).toBeUndefined();
    expect(await find?.("nobody@example.org")).toBeUndefined();
    expect(t.fake.callsTo("users.lookupByEmail").map((call) => call.args.email)).toEqual([
      "amina.diallo@example.org",
      "nobody@example.org",
    ]);
  });

  it("a failure other than users_not_found is thrown, not cached as 'not on Slack'", async () => {
    t = await startSlackTestBot({ modules: [], adapter: { api: { retries: 0 } } });
    t.fake.fail("users.lookupByEmail", { kind: "http", status: 503 });
    const error = await t.adapter.findUserByEmail?.("amina.diallo@example.org").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(false);
    expect(await t.adapter.findUserByEmail?.("amina.diallo@example.org")).toBe("slack:T0TEAM/@U0GENEVA");
  });

  it("paces look-ups to the method's tier", async () => {
    t = await startSlackTestBot({ modules: [], adapter: { lookupPace: [{ limit: 2, perMs: 400 }] } });
    const started = Date.now();
    await Promise.all(
      ["a", "b", "c", "d"].map((name) => t?.adapter.findUserByEmail?.(`${name}@example.org`)),
    );
    const calls = t.fake.callsTo("users.lookupByEmail").map((call) => call.at - started);
    expect(calls).toHaveLength(4);
    // the third waits until the first two have been answered for 400 ms
    expect(calls[2] as number).toBeGreaterThanOrEqual(390);
  });

  it("the outbox resolves a person in chat through the look-up and records the channel", async () => {
    t = await startSlackTestBot({ modules: [] });
    const { outbox } = t.bot.deps;
    outbox.register("note", () => ({ text: "Hello from the Secretariat" }));
    const due = t.bot.clock.now().toISOString();
    await outbox.enqueue({
      campaign: "c",
      localId: "found",
      kind: "note",
      recipient: personRecipient("amina.diallo@example.org"),
      channel: "chat",
      payload: {},
      dueAt: due,
    });
    await outbox.enqueue({
      campaign: "c",
      localId: "absent",
      kind: "note",
      recipient: personRecipient("nobody@example.org"),
      channel: "chat",
      payload: {},
      dueAt: due,
    });
    await outbox.drain();
    const [absent, found] = await outbox.campaign("c");
    expect(found).toMatchObject({ status: "sent", channel: "chat", sentTo: "slack:T0TEAM/DU0GENEVA" });
    expect(absent).toMatchObject({ status: "failed", channel: "chat", unreachable: true, attempts: 0 });
    expect(absent?.error).toBe("no chat account known (has not written to the bot); not on slack");
    expect(t.fake.callsTo("chat.postMessage").map((call) => call.args.channel)).toEqual(["DU0GENEVA"]);
  });
});
