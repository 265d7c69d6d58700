/**
 * Broadcasts on the real Teams adapter against the fake Bot Connector.
 */
import { afterEach, describe, expect, it } from "vitest";
import { userAddress } from "../../adapters/teams/index.js";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { platformCore } from "./support/platform-core.js";
import {
  personalConversation,
  teamsSecretariat as sec,
  TENANT,
  teamsTenant,
  teamsUserId,
} from "./support/teams.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Tenant = Awaited<ReturnType<typeof teamsTenant>>;
type Bot = Awaited<ReturnType<typeof platformCore>>;

async function setup(count: number, options: Parameters<typeof teamsTenant>[1] = {}) {
  const tenant = await teamsTenant(count, options);
  cleanups.push(() => tenant.close());
  const bot = await platformCore({ adapter: tenant.adapter, people: tenant.people });
  cleanups.push(() => bot.stop());
  await tenant.seed(bot.store);
  return { tenant, bot };
}

async function broadcast(tenant: Tenant, bot: Bot, text: string): Promise<string> {
  await bot.say(sec.user, sec.dm, `broadcast to everyone: ${text}`);
  const preview = tenant.secretariatTexts("send").findLast((t) => t.includes("Broadcast preview"));
  const id = preview?.match(/Broadcast preview \(([0-9a-f]{8})\)/)?.[1] ?? "";
  await bot.click(sec.user, sec.dm, ACTIONS.confirm, id);
  return id;
}

const finished = (tenant: Tenant, id: string) => () =>
  tenant.secretariatTexts("send").some((t) => t.includes(`Broadcast ${id}: finished`));

describe("broadcast on Teams (real adapter, fake Bot Connector)", () => {
  it("2,000 recipients, a 429 with Retry-After 1 on every 50th post: each delivered exactly once", {
    timeout: 120_000,
  }, async () => {
    let posts = 0;
    const { tenant, bot } = await setup(2_000, {
      tenantPerSecond: 1_000,
      fault: (request) =>
        request.method === "POST" &&
        /\/activities/.test(request.path) &&
        !request.path.includes("a%3Adm-secretariat") &&
        ++posts % 50 === 0
          ? { status: 429, headers: { "retry-after": "1" }, body: { error: { code: "Throttled" } } }
          : undefined,
    });
    const id = await broadcast(tenant, bot, "Plenary resumes at 15:00");
    await bot.tickUntil(finished(tenant, id));

    expect(tenant.proxy?.faults.length).toBeGreaterThanOrEqual(40);
    const received = tenant.postsWith("Plenary resumes");
    expect(received.size).toBe(2_000);
    expect([...received.values()].every((n) => n === 1)).toBe(true);
    expect((await bot.deliveries(id)).filter((r) => r.status === "sent")).toHaveLength(2_000);
    expect(tenant.connector.violations()).toEqual([]);
  });

  it("20 unreachable users among 2,000 (10 never wrote to the bot, 10 blocked it): 1,980 sent, 20 failed, never retried", {
    timeout: 120_000,
  }, async () => {
    const neverSeen = Array.from({ length: 10 }, (_, i) => i * 200 + 3);
    const blocked = Array.from({ length: 10 }, (_, i) => i * 200 + 101);
    const blockedPaths = new Set(
      blocked.map((i) => `/v3/conversations/${personalConversation(i)}/activities`),
    );
    const { tenant, bot } = await setup(2_000, {
      tenantPerSecond: 1_000,
      neverSeen,
      fault: (request) =>
        // Compared decoded: botbuilder escaped the conversation id in the path, the Agents SDK does not.
        blockedPaths.has(decodeURIComponent(request.path))
          ? { status: 403, body: { error: { code: "MessageWritesBlocked", message: "The bot is blocked" } } }
          : undefined,
    });
    const id = await broadcast(tenant, bot, "Badges at the Visitors' Entrance");
    await bot.tickUntil(finished(tenant, id));

    const records = await bot.deliveries(id);
    expect(records.filter((r) => r.status === "sent")).toHaveLength(1_980);
    const failed = records.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.recipient).sort()).toEqual(
      [...neverSeen, ...blocked].map((i) => userAddress(TENANT, teamsUserId(i))).sort(),
    );
    expect(failed.every((r) => r.attempts === 1)).toBe(true);
    expect(tenant.proxy?.faults).toHaveLength(10); // one post to each blocked conversation, no retry
    expect(tenant.postsWith("Badges at the Visitors").size).toBe(1_980);

    const report = tenant.secretariatTexts("send").find((t) => t.includes(`Broadcast ${id}: finished`));
    expect(report).toMatch(/Sent: 1,980\s+Sent, possibly twice \(after a restart\): 0\s+Failed: 20\s/);
    expect(tenant.secretariatTexts("update").at(-1)).toBe(
      `Broadcast ${id}: sent 1,980 of 2,000, 20 failed — finished`,
    );
  });

  it("a second broadcast to the same people creates no new conversations", { timeout: 60_000 }, async () => {
    const { tenant, bot } = await setup(300, { tenantPerSecond: 1_000, withoutConversation: "all" });
    const first = await broadcast(tenant, bot, "First notice");
    await bot.tickUntil(finished(tenant, first));
    expect(tenant.connector.conversationsCreated()).toHaveLength(300);

    const second = await broadcast(tenant, bot, "Second notice");
    await bot.tickUntil(finished(tenant, second));
    expect(tenant.connector.conversationsCreated()).toHaveLength(300);
    expect(tenant.postsWith("Second notice").size).toBe(300);
  });

  it("paced at Teams' limits (30 per second per tenant, 7/1 s and 8/2 s per conversation): the fake records no violation", {
    timeout: 60_000,
  }, async () => {
    const { tenant, bot } = await setup(200, { tenantPerSecond: 30 });
    const id = await broadcast(tenant, bot, "Paced notice");
    await bot.tickUntil(finished(tenant, id));
    expect(tenant.postsWith("Paced notice").size).toBe(200);
    expect(tenant.connector.violations()).toEqual([]);
  });
});
