/**
 * Broadcasts on the real Slack adapter against the fake Slack Web API.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { platformCore, windowExcess } from "./support/platform-core.js";
import { memberId, slackSecretariat as sec, slackWorkspace } from "./support/slack.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Workspace = Awaited<ReturnType<typeof slackWorkspace>>;
type Bot = Awaited<ReturnType<typeof platformCore>>;

async function setup(
  count: number,
  options: Parameters<typeof slackWorkspace>[1] = {},
  env: Record<string, string> = {},
) {
  const workspace = await slackWorkspace(count, options);
  cleanups.push(() => workspace.close());
  const bot = await platformCore({ adapter: workspace.adapter, people: workspace.people, env });
  cleanups.push(() => bot.stop());
  return { workspace, bot };
}

/** Composes and confirms a broadcast as the Secretariat would (a second between the two clicks). */
async function broadcast(workspace: Workspace, bot: Bot, text: string): Promise<string> {
  await bot.say(sec.user, sec.dm, `broadcast to everyone: ${text}`);
  const preview = workspace.fake
    .callsTo("chat.postMessage")
    .findLast((call) => String(call.args.text).includes("Broadcast preview"));
  const id = String(preview?.args.text).match(/Broadcast preview \(([0-9a-f]{8})\)/)?.[1] ?? "";
  await new Promise((resolve) => setTimeout(resolve, 1_050)); // a person reads before confirming
  await bot.click(sec.user, sec.dm, ACTIONS.confirm, id);
  return id;
}

const finished = (workspace: Workspace, id: string) => () =>
  workspace.fake
    .callsTo("chat.postMessage")
    .some((call) => String(call.args.text).includes(`Broadcast ${id}: finished`));

describe("broadcast on Slack (real adapter, fake Web API)", () => {
  it("2,000 recipients, a 429 with Retry-After 1 on every 50th post: each delivered exactly once", {
    timeout: 120_000,
  }, async () => {
    let posts = 0;
    const { workspace, bot } = await setup(2_000, {
      fault: (request) =>
        request.path.endsWith("/chat.postMessage") && !request.body.includes("DUSEC") && ++posts % 50 === 0
          ? { status: 429, headers: { "retry-after": "1" } }
          : undefined,
    });
    const id = await broadcast(workspace, bot, "Plenary resumes at 15:00");
    await bot.tickUntil(finished(workspace, id));

    expect(workspace.proxy?.faults.length).toBeGreaterThanOrEqual(40);
    const received = workspace.postsWith("Plenary resumes");
    expect(received.size).toBe(2_000);
    expect([...received.values()].every((n) => n === 1)).toBe(true);
    expect(received.get(`D${memberId(1_234)}`)).toBe(1);
    const records = await bot.deliveries(id);
    expect(records.filter((r) => r.status === "sent")).toHaveLength(2_000);
    expect(workspace.fake.violations).toEqual([]);
  });

  it("20 unknown users among 2,000: 1,980 sent, 20 failed, and those 20 are never retried", {
    timeout: 120_000,
  }, async () => {
    const unknown = Array.from({ length: 20 }, (_, i) => i * 100 + 7);
    const { workspace, bot } = await setup(2_000, { unknown });
    const id = await broadcast(workspace, bot, "Badges at the Visitors' Entrance");
    await bot.tickUntil(finished(workspace, id));

    const records = await bot.deliveries(id);
    expect(records.filter((r) => r.status === "sent")).toHaveLength(1_980);
    const failed = records.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.recipient).sort()).toEqual(
      unknown.map((i) => `slack:T0TEAM/@${memberId(i)}`).sort(),
    );
    expect(failed.every((r) => r.attempts === 1 && /user_not_found/.test(r.error ?? ""))).toBe(true);
    const opens = workspace.fake
      .callsTo("conversations.open")
      .filter((call) => unknown.map(memberId).includes(String(call.args.users)));
    expect(opens).toHaveLength(20); // one attempt each
    expect(workspace.postsWith("Badges at the Visitors").size).toBe(1_980);

    const report = workspace.fake
      .callsTo("chat.postMessage")
      .find((call) => String(call.args.text).includes(`Broadcast ${id}: finished`));
    expect(String(report?.args.text)).toMatch(
      /Sent: 1,980\nSent, possibly twice \(after a restart\): 0\nFailed: 20\n/,
    );
    const progress = workspace.fake.callsTo("chat.update").map((call) => String(call.args.text));
    expect(progress.at(-1)).toBe(`Broadcast ${id}: sent 1,980 of 2,000, 20 failed — finished`);
    expect(
      new Set(workspace.fake.callsTo("chat.update").map((call) => `${call.args.channel} ${call.args.ts}`))
        .size,
    ).toBe(1);
  });

  it("a second broadcast to the same people opens no new DM channels", { timeout: 60_000 }, async () => {
    const { workspace, bot } = await setup(300);
    const first = await broadcast(workspace, bot, "First notice");
    await bot.tickUntil(finished(workspace, first));
    const opened = workspace.fake.callsTo("conversations.open").length;
    expect(opened).toBe(301); // 300 recipients and the Secretariat's own DM for the report

    await new Promise((resolve) => setTimeout(resolve, 1_050));
    const second = await broadcast(workspace, bot, "Second notice");
    await bot.tickUntil(finished(workspace, second));
    expect(workspace.fake.callsTo("conversations.open")).toHaveLength(opened);
    expect(workspace.postsWith("Second notice").size).toBe(300);
  });

  it("paced at Slack's limits (1 per second per channel, 50 per second overall): the fake records no violation", {
    timeout: 60_000,
  }, async () => {
    const { workspace, bot } = await setup(400, {}, { OUTBOX_RATE_LIMITS: "slack=50/1100ms,5/110ms" });
    const id = await broadcast(workspace, bot, "Paced notice");
    await bot.tickUntil(finished(workspace, id));
    expect(workspace.postsWith("Paced notice").size).toBe(400);
    expect(workspace.fake.violations).toEqual([]);
    const arrivals = workspace.fake.callsTo("chat.postMessage").map((call) => call.at);
    expect(windowExcess(arrivals, 50, 1_000)).toBe(0);
  });
});
