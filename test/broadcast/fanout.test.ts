import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { BroadcastRepository } from "../../handlers/broadcast/repository.js";
import { broadcastCore, delegateUser, dmOf, draftIdOf, makePeople, secretariatUser } from "./support/core.js";

const sec = secretariatUser("alpha");
const SEC_DM = dmOf(sec.id);

async function confirmed(t: Awaited<ReturnType<typeof broadcastCore>>, command: string): Promise<string> {
  const [preview] = await t.say(sec, command);
  const id = draftIdOf(preview?.message.card);
  await t.click(sec, ACTIONS.confirm, id);
  return id;
}

const deliveriesOf = (t: Awaited<ReturnType<typeof broadcastCore>>, id: string) =>
  t.deps.outbox.campaign(`broadcast:${id}`);

describe("broadcast: fan-out through the outbox", () => {
  it("2,000 recipients with a 429 (Retry-After 1 s) on every 50th call: each delivered exactly once", async () => {
    const t = await broadcastCore({ people: makePeople(2_000, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone: Plenary resumes at 15:00");
    t.first.throttleEvery(50, 1_000);
    await t.runUntilQuiet();

    const received = t.first.sent
      .filter((s) => s.text.includes("Plenary resumes") && s.to !== SEC_DM)
      .map((s) => s.to);
    expect(received).toHaveLength(2_000);
    expect(new Set(received).size).toBe(2_000);
    const records = await deliveriesOf(t, id);
    expect(records).toHaveLength(2_000);
    expect(records.every((r) => r.status === "sent")).toBe(true);
    const retried = records.filter((r) => r.attempts > 1);
    // Every call to a recipient is an attempt on the record: 2,000 plus one per 429.
    const callsToRecipients = [...t.first.calls]
      .filter(([to]) => to !== SEC_DM)
      .reduce((sum, [, n]) => sum + n, 0);
    expect(callsToRecipients).toBe(records.reduce((sum, r) => sum + r.attempts, 0));
    expect(retried.length).toBeGreaterThanOrEqual(40);
    expect(t.first.calls.get("alpha:dm-u7")).toBe(1);
  });

  it("20 unknown users among 2,000: 1,980 sent, 20 failed and never retried; one progress message, then the report and CSV", async () => {
    const people = makePeople(2_000, ["alpha"]);
    const t = await broadcastCore({ people });
    const unknown = people.filter((_, i) => i % 100 === 3).map((p) => p.userId as string);
    expect(unknown).toHaveLength(20);
    for (const userId of unknown) t.first.faults.set(userId, { permanent: true });
    const id = await confirmed(t, "broadcast to everyone: The reception starts at 18:30");
    await t.runUntilQuiet();
    t.clock.advance(3_600_000);
    await t.runUntilQuiet();

    const records = await deliveriesOf(t, id);
    expect(records.filter((r) => r.status === "sent")).toHaveLength(1_980);
    const failed = records.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.recipient).sort()).toEqual([...unknown].sort());
    expect(failed.every((r) => r.attempts === 1)).toBe(true);
    for (const userId of unknown) expect(t.first.calls.get(dmOf(userId))).toBe(1);

    // One progress message, edited in place (the clock stands still here: the first and the last edit).
    const progressRef = t
      .sentTo(SEC_DM)
      .find((s) => s.text.startsWith(`Broadcast ${id} to everyone: sending now`));
    if (!progressRef) throw new Error("no progress message");
    const progressId = String(t.first.sent.indexOf(progressRef) + 1);
    expect(new Set(t.first.updates.map((u) => `${u.sent.address} ${u.sent.messageId}`))).toEqual(
      new Set([`${SEC_DM} ${progressId}`]),
    );
    expect(t.first.updates.map((u) => u.text).at(-1)).toBe(
      `Broadcast ${id}: sent 1,980 of 2,000, 20 failed — finished`,
    );

    // The final report and the CSV, in the author's DM, through the outbox.
    const report = t.sentTo(SEC_DM).find((s) => s.message.card?.title === `Broadcast ${id}: finished`);
    expect(report?.message.card?.sections[1]?.fields).toEqual([
      { label: "To", value: "everyone" },
      { label: "Audience", value: "2,000" },
      { label: "Reachable in chat", value: "2,000" },
      { label: "Sent", value: "1,980" },
      { label: "Sent, possibly twice (after a restart)", value: "0" },
      { label: "Failed", value: "20" },
      { label: "Cancelled or too late", value: "0" },
      { label: "Unreachable (not met in chat)", value: "0" },
    ]);
    const csvMessages = t
      .sentTo(SEC_DM)
      .filter((s) => s.text.startsWith(`Broadcast ${id}, per-recipient outcomes (CSV`));
    expect(csvMessages.length).toBeGreaterThan(1);
    const rows = csvMessages.flatMap(
      (m) =>
        parse(m.text.slice(m.text.indexOf("\n") + 1), { columns: true }) as Array<Record<string, string>>,
    );
    expect(rows).toHaveLength(2_000);
    expect(new Set(rows.map((r) => r.recipient)).size).toBe(2_000);
    expect(rows.find((r) => r.user_id === "alpha:u3")).toEqual({
      name: "Person 3",
      // The test's "everyone" audience gives no State (the roster's does: poc-audience.test.ts).
      state: "",
      poc_type: "",
      email: "p3@mission.example",
      // Not sent: the address it was tried at.
      recipient: "alpha:u3",
      user_id: "alpha:u3",
      platform: "alpha",
      status: "failed",
      attempts: "1",
      sent_at: "",
      error: "unknown user alpha:dm-u3",
    });
    expect(rows.find((r) => r.user_id === "alpha:u4")).toMatchObject({
      // Sent: the conversation it went to.
      recipient: "alpha:dm-u4",
      status: "sent",
      attempts: "1",
      error: "",
      sent_at: "2024-03-04T13:00:00.000Z",
    });
    const status = await t.store
      .namespace("broadcast")
      .get(`broadcast:${id}`, z.object({ status: z.string() }).loose());
    expect(status?.status).toBe("reported");
  });

  it("progress is updated at most every 2 s while the broadcast goes out", async () => {
    const t = await broadcastCore({ people: makePeople(400, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone: Paced");
    // Each send takes 50 ms of the bot's clock: 400 sends take 20 s.
    const send = t.first.adapter.send.bind(t.first.adapter);
    t.first.adapter.send = async (to, outgoing) => {
      t.clock.advance(50);
      return send(to, outgoing);
    };
    const update = t.first.adapter.update?.bind(t.first.adapter);
    const editedAt: number[] = [];
    t.first.adapter.update = async (ref, outgoing) => {
      editedAt.push(t.clock.now().getTime());
      await update?.(ref, outgoing);
    };
    await t.deps.scheduler.tick();
    const edits = t.first.updates.map((u) => u.text);
    expect(edits.at(-1)).toBe(`Broadcast ${id}: sent 400 of 400 — finished`);
    expect(edits).toHaveLength(11); // at 0, 2, 4 … 18 s, and the final one
    // Every gap but the last (the final update comes as soon as all has settled).
    const gaps = editedAt.slice(1, -1).map((at, index) => at - (editedAt[index] ?? 0));
    // 2 s between decisions; the edit itself lands up to one send (50 ms) later.
    expect(gaps.every((gap) => gap >= 1_950)).toBe(true);
    const counts = edits.map((text) => Number(text.match(/sent (\d+) of/)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it("progress is also updated when a late retry settles 2 s or more after the last update", async () => {
    const t = await broadcastCore({ people: makePeople(100, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone: Slow");
    t.first.faults.set("alpha:u1", { transientTimes: 1, retryAfterMs: 5_000 });
    t.first.faults.set("alpha:u2", { transientTimes: 1, retryAfterMs: 10_000 });
    await t.deps.scheduler.tick(); // 98 sent; the clock stands still: one update, on the first settled
    expect(t.first.updates).toHaveLength(1);
    t.clock.advance(5_000);
    await t.deps.scheduler.tick(); // u1, 5 s later
    t.clock.advance(5_000);
    await t.deps.scheduler.tick(); // u2: the last one
    expect(t.first.updates.slice(1).map((u) => u.text)).toEqual([
      `Broadcast ${id}: sent 99 of 100`,
      `Broadcast ${id}: sent 100 of 100 — finished`,
    ]);
  });

  it("acknowledgements: counted once per recipient, refused for anyone else, in the report and the CSV", async () => {
    const people = makePeople(10, ["alpha"]);
    const t = await broadcastCore({ people });
    const id = await confirmed(
      t,
      "broadcast to everyone, requiring acknowledgement: Please confirm your seat",
    );
    await t.runUntilQuiet();
    const delivered = t.sentTo("alpha:dm-u2").at(-1);
    expect(delivered?.message.card?.buttons).toEqual([
      { actionId: ACTIONS.acknowledge, label: "Acknowledge", value: id, style: "primary" },
    ]);

    const u2 = { id: "alpha:u2" as const, displayName: "Person 2", isBot: false, isMe: false };
    expect((await t.click(u2, ACTIONS.acknowledge, id)).map((r) => r.text)).toEqual([
      "Thank you: your acknowledgement is recorded.",
    ]);
    expect((await t.click(u2, ACTIONS.acknowledge, id)).map((r) => r.text)).toEqual([
      "You had already acknowledged this message; thank you.",
    ]);
    const u5 = { id: "alpha:u5" as const, displayName: "Person 5", isBot: false, isMe: false };
    await t.click(u5, ACTIONS.acknowledge, id);
    const stranger = delegateUser("alpha", "stranger");
    expect((await t.click(stranger, ACTIONS.acknowledge, id)).map((r) => r.text)).toEqual([
      "There is no acknowledgement to record for you on that message.",
    ]);

    await t.say(sec, `broadcast report ${id}`);
    const report = t
      .sentTo(SEC_DM)
      .filter((s) => s.message.card?.title === `Broadcast ${id}: finished`)
      .at(-1);
    expect(report?.message.card?.sections[1]?.fields?.at(-1)).toEqual({
      label: "Acknowledged so far",
      value: "2 of 10",
    });
    const csv = t.sentTo(SEC_DM).at(-1)?.text ?? "";
    const rows = parse(csv.slice(csv.indexOf("\n") + 1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((r) => r.acknowledged_at !== "").map((r) => r.user_id)).toEqual([
      "alpha:u2",
      "alpha:u5",
    ]);
    expect(rows.find((r) => r.user_id === "alpha:u2")?.acknowledged_at).toBe(t.clock.now().toISOString());
  });

  it("a report is only for the Secretariat", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone: x");
    expect((await t.say(delegateUser(), `broadcast report ${id}`)).map((r) => r.text)).toEqual([
      "Sorry, only the Secretariat can send broadcasts and see their reports.",
    ]);
    expect((await t.say(sec, "broadcast report 0000abcd")).map((r) => r.text)).toEqual([
      'There is no broadcast 0000abcd. Say "broadcasts" to list the latest.',
    ]);
  });

  it("cancelling a scheduled broadcast: nothing goes out, and the report says cancelled", async () => {
    const t = await broadcastCore({ people: makePeople(30, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone at 16:00: Cancelled later");
    await t.deps.scheduler.tick();
    expect((await deliveriesOf(t, id)).map((d) => d.status)).toEqual(Array(30).fill("pending"));
    expect((await t.say(sec, `cancel broadcast ${id}`)).map((r) => r.text)).toEqual([
      `Broadcast ${id} is cancelled: 30 message(s) not yet sent will not be sent.`,
    ]);
    t.clock.set("2024-03-04T16:00:00-05:00");
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.text.includes("Cancelled later") && s.to !== SEC_DM)).toEqual([]);
    expect(t.first.updates.at(-1)?.text).toBe(
      `Broadcast ${id}: sent 0 of 30, 30 cancelled or too late — cancelled`,
    );
    // No edit repeats the text already shown.
    const texts = t.first.updates.map((update) => update.text);
    expect(texts.filter((text, index) => text === texts[index - 1])).toEqual([]);
    expect((await t.say(sec, `cancel broadcast ${id}`)).map((r) => r.text)).toEqual([
      `Broadcast ${id} is already cancelled; nothing to cancel.`,
    ]);
  });

  it("a scheduled broadcast cancelled before it was queued: the reply, the progress line, the report and the CSV say the same count", async () => {
    const t = await broadcastCore({ people: makePeople(2, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone at 16:00: Cancelled early");
    // No tick yet: nothing is queued in the outbox.
    expect(await deliveriesOf(t, id)).toEqual([]);
    expect((await t.say(sec, `cancel broadcast ${id}`)).map((r) => r.text)).toEqual([
      `Broadcast ${id} is cancelled: 2 message(s) not yet sent will not be sent.`,
    ]);
    t.clock.set("2024-03-04T16:00:00-05:00");
    await t.runUntilQuiet();
    expect(t.first.updates.at(-1)?.text).toBe(
      `Broadcast ${id}: sent 0 of 2, 2 cancelled or too late — cancelled`,
    );
    const report = t.sentTo(SEC_DM).find((s) => s.message.card?.title === `Broadcast ${id}: cancelled`);
    expect(report?.message.card?.sections[1]?.fields).toContainEqual({
      label: "Cancelled or too late",
      value: "2",
    });
    const csv = t.sentTo(SEC_DM).find((s) => s.text.startsWith(`Broadcast ${id}, per-recipient outcomes`));
    const rows = parse(csv?.text.slice(csv.text.indexOf("\n") + 1) ?? "", { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((row) => row.status)).toEqual(["cancelled", "cancelled"]);
  });

  it("a broadcast held up more than 12 hours past its time is not sent: each recipient recorded too late", async () => {
    const t = await broadcastCore({ people: makePeople(5, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone at 16:00: Plenary moved to 16:30");
    await t.deps.scheduler.tick();
    // The bot was down from before 16:00 until 04:01 the next day.
    t.clock.set("2024-03-05T04:01:00-05:00");
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.text.includes("Plenary moved") && s.to !== SEC_DM)).toEqual([]);
    expect((await deliveriesOf(t, id)).map((d) => d.status)).toEqual(Array(5).fill("missed"));
    expect(t.first.updates.at(-1)?.text).toBe(
      `Broadcast ${id}: sent 0 of 5, 5 cancelled or too late — finished`,
    );
  });

  it("a broadcast held up less than 12 hours still goes out", async () => {
    const t = await broadcastCore({ people: makePeople(5, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone at 16:00: Reception confirmed");
    await t.deps.scheduler.tick();
    t.clock.set("2024-03-05T03:59:00-05:00");
    await t.runUntilQuiet();
    expect((await deliveriesOf(t, id)).map((d) => d.status)).toEqual(Array(5).fill("sent"));
  });

  it("a cancellation made while the fan-out runs stands: nothing goes out, in any order of the two", async () => {
    const t = await broadcastCore({ people: makePeople(30, ["alpha"]) });
    const repo = new BroadcastRepository(t.store.namespace("broadcast"));
    for (const round of [1, 2, 3, 4]) {
      const id = await confirmed(t, `broadcast to everyone at 16:00: Race ${round}`);
      // The fan-out (a scheduler tick) and the Secretariat's cancel, interleaved.
      const [, answers] = await Promise.all([t.deps.scheduler.tick(), t.say(sec, `cancel broadcast ${id}`)]);
      expect(answers.map((r) => r.text)).toEqual([expect.stringMatching(`^Broadcast ${id} is cancelled`)]);
      expect((await repo.get(id))?.status).toBe("cancelled");
    }
    t.clock.set("2024-03-04T16:00:00-05:00");
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.text.includes("Race ") && s.to !== SEC_DM)).toEqual([]);
  });

  it("the fan-out's 'queued' and a cancel, each decided on the stored broadcast: the cancel always wins", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    const repo = new BroadcastRepository(t.store.namespace("broadcast"));
    const id = await confirmed(t, "broadcast to everyone at 16:00: Decided on the stored record");
    // The same rules the fan-out and the cancel command apply, racing on one record.
    await Promise.all([
      repo.update(id, (b) => (b?.status === "confirmed" ? { ...b, status: "queued" } : undefined)),
      repo.update(id, (b) => (b && b.status !== "reported" ? { ...b, status: "cancelled" } : undefined)),
    ]);
    expect((await repo.get(id))?.status).toBe("cancelled");
  });

  it("people on several platforms each get it on theirs; the list of broadcasts shows it", async () => {
    const t = await broadcastCore({
      people: makePeople(9, ["alpha", "beta", "gamma"]),
      platforms: ["alpha", "beta", "gamma"],
    });
    const id = await confirmed(t, "broadcast to delegates of Kenya: Kenya only");
    await t.runUntilQuiet();
    // KEN: u0, u4, u8 → alpha, beta, gamma.
    expect(
      t.platforms.alpha?.sent
        .filter((s) => s.text.includes("Kenya only") && s.to !== SEC_DM)
        .map((s) => s.to),
    ).toEqual(["alpha:dm-u0"]);
    expect(t.platforms.beta?.sent.map((s) => s.to)).toEqual(["beta:dm-u4"]);
    expect(t.platforms.gamma?.sent.map((s) => s.to)).toEqual(["gamma:dm-u8"]);
    expect((await t.say(sec, "broadcasts")).map((r) => r.text)).toEqual([
      `Latest broadcasts:\n• ${id} — reported, to delegates of Kenya (audience 3, reachable 3): Kenya only`,
    ]);
  });
});

describe("broadcast: the per-recipient CSV opens safely in a spreadsheet", () => {
  it("a name a spreadsheet would run as a formula gets a leading apostrophe; counts and times stay as they are", async () => {
    const people = makePeople(5, ["alpha"]);
    const names = ['=HYPERLINK("http://evil.example","Click")', "+41 Test-Delegate", "-2+3", "@SUM(A1)"];
    for (const [index, name] of names.entries())
      people[index] = { ...people[index], name } as (typeof people)[number];
    people[3] = { ...people[3], userId: undefined } as (typeof people)[number]; // unreachable: still a CSV row
    const t = await broadcastCore({ people });
    const id = await confirmed(t, "broadcast to everyone: Room 4");
    await t.runUntilQuiet();
    const csvMessage = t
      .sentTo(SEC_DM)
      .find((s) => s.text.startsWith(`Broadcast ${id}, per-recipient outcomes`));
    const text = csvMessage?.text ?? "";
    const rows = parse(text.slice(text.indexOf("\n") + 1), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((row) => row.name)).toEqual([
      `'=HYPERLINK("http://evil.example","Click")`,
      "'+41 Test-Delegate",
      "'-2+3",
      "'@SUM(A1)",
      "Person 4",
    ]);
    expect(rows[0]).toMatchObject({ attempts: "1", status: "sent", sent_at: "2024-03-04T13:00:00.000Z" });
    expect(rows[3]).toMatchObject({ attempts: "0", status: "unreachable" });
    // The fresh report the Secretariat asks for is the same.
    await t.say(sec, `broadcast report ${id}`);
    const fresh = t.sentTo(SEC_DM).at(-1)?.text ?? "";
    expect(fresh).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")",,,p0@mission.example`);
  });
});

describe("broadcast: the audience, who can be reached, and what happened, in the same words everywhere", () => {
  it("preview, confirmation, list and report all count the audience and the people reachable in chat", async () => {
    const people = makePeople(10, ["alpha"]);
    for (const index of [1, 3, 5, 7])
      people[index] = { ...people[index], userId: undefined } as (typeof people)[number];
    const t = await broadcastCore({ people });
    const [preview] = await t.say(sec, "broadcast to everyone: The informal consultations start at 10:00");
    const id = draftIdOf(preview?.message.card);
    expect(preview?.message.card?.sections[1]?.fields?.slice(3)).toEqual([
      { label: "Audience", value: "10" },
      { label: "Reachable in chat", value: "6" },
      { label: "  on alpha", value: "6" },
      {
        label: "Unreachable",
        value:
          "4 (not yet met in chat: Person 1 (no State on the roster); Person 3 (no State on the roster); Person 5 (no State on the roster); Person 7 (no State on the roster))",
      },
    ]);
    expect(preview?.message.card?.buttons?.[0]?.label).toBe("Send to 6 people");
    expect((await t.click(sec, ACTIONS.confirm, id)).map((r) => r.text)).toEqual([
      `Broadcast ${id} to everyone: sending now, to the 6 people of its audience of 10 who can be reached in chat (4 cannot). This message shows the progress.`,
    ]);
    await t.runUntilQuiet();
    expect((await t.say(sec, "broadcasts")).map((r) => r.text)).toEqual([
      `Latest broadcasts:\n• ${id} — reported, to everyone (audience 10, reachable 6): The informal consultations start at 10:00`,
    ]);
    const report = t.sentTo(SEC_DM).find((s) => s.message.card?.title === `Broadcast ${id}: finished`);
    expect(report?.message.card?.sections[1]?.fields).toEqual([
      { label: "To", value: "everyone" },
      { label: "Audience", value: "10" },
      { label: "Reachable in chat", value: "6" },
      { label: "Sent", value: "6" },
      { label: "Sent, possibly twice (after a restart)", value: "0" },
      { label: "Failed", value: "0" },
      { label: "Cancelled or too late", value: "0" },
      { label: "Unreachable (not met in chat)", value: "4" },
    ]);
  });

  it("a cancelled broadcast's report is titled cancelled, with no acknowledgement count when nothing was sent", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    const id = await confirmed(
      t,
      "broadcast to everyone at 16:00, requiring acknowledgement: Cancelled later",
    );
    await t.deps.scheduler.tick();
    await t.say(sec, `cancel broadcast ${id}`);
    await t.runUntilQuiet();
    const titles = t.sentTo(SEC_DM).flatMap((s) => s.message.card?.title ?? []);
    expect(titles).toContain(`Broadcast ${id}: cancelled`);
    expect(titles).not.toContain(`Broadcast ${id}: finished`);
    expect(t.first.updates.at(-1)?.text).toBe(
      `Broadcast ${id}: sent 0 of 3, 3 cancelled or too late — cancelled`,
    );
    const report = t.sentTo(SEC_DM).find((s) => s.message.card?.title === `Broadcast ${id}: cancelled`);
    expect(report?.message.card?.sections[1]?.fields?.map((field) => field.label)).not.toContain(
      "Acknowledged so far",
    );
    expect(report?.message.card?.sections[1]?.fields).toContainEqual({
      label: "Cancelled or too late",
      value: "3",
    });
    // Asked for again, the same.
    const [fresh] = await t.say(sec, `broadcast report ${id}`);
    expect(fresh?.message.card?.title).toBe(`Broadcast ${id}: cancelled`);
  });

  it("a broadcast cancelled after some were sent still counts their acknowledgements", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    const id = await confirmed(t, "broadcast to everyone, requiring acknowledgement: Half way");
    t.first.faults.set("alpha:u2", { transientTimes: 1, retryAfterMs: 60_000 });
    await t.deps.scheduler.tick();
    await t.say(sec, `cancel broadcast ${id}`);
    await t.runUntilQuiet();
    const [fresh] = await t.say(sec, `broadcast report ${id}`);
    expect(fresh?.message.card?.title).toBe(`Broadcast ${id}: cancelled`);
    expect(fresh?.message.card?.sections[1]?.fields).toContainEqual({
      label: "Acknowledged so far",
      value: "0 of 2",
    });
  });
});
