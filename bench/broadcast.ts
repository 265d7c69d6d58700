/**
 * Broadcast fan-out: the time to deliver 2,000 messages against each fake platform with
 * its limits set to the platform's, as a ratio to the least time those limits allow
 * (first to last message arriving at the fake). Target: at most 1.15.
 *
 * - Slack (fake Web API): 1 message per second per channel (the fake records violations;
 *   each recipient has their own DM channel, so this one never binds) and an overall
 *   50 messages per second, which is the binding limit (Slack publishes none for
 *   chat.postMessage across a workspace; 50/s is the budget we chose, checked here on the
 *   fake's arrival times). The outbox is paced with OUTBOX_RATE_LIMITS (see SLACK_PACE).
 * - Teams (fake Bot Connector): 30 per second per tenant and 7/1 s, 8/2 s per
 *   conversation (the fake answers 429 and records a violation beyond them). The Teams
 *   adapter paces itself (per tenant and conversation); the outbox adds nothing.
 *
 * Recipients already have a DM channel / personal conversation with the bot (the common
 * case; opening 2,000 DMs on Slack is bounded by conversations.open's Tier 3 limit, ~50 a
 * minute, which the fake does not model).
 */
import { ACTIONS } from "../handlers/broadcast/cards.js";
import { platformCore, windowExcess } from "../test/broadcast/support/platform-core.js";
import { slackSecretariat, slackWorkspace } from "../test/broadcast/support/slack.js";
import { TENANT, teamsSecretariat, teamsTenant } from "../test/broadcast/support/teams.js";

const COUNT = Number(process.env.BENCH_BROADCAST_COUNT ?? 2_000);
/** The outbox pace for Slack: 50 per 1.1 s, at most 5 per 110 ms (smooth, with a margin for arrival jitter). */
const SLACK_PACE = process.env.BENCH_SLACK_PACE ?? "slack=50/1100ms,5/110ms";

/** Least time between the first and the last of `count` messages under `limit` per `perMs`. */
const minimumMs = (count: number, limit: number, perMs: number) => Math.floor((count - 1) / limit) * perMs;

function line(platform: string, arrivals: number[], limit: number, perMs: number, extra: string): void {
  const sorted = [...arrivals].sort((a, b) => a - b);
  const measured = (sorted.at(-1) ?? 0) - (sorted[0] ?? 0);
  const minimum = minimumMs(sorted.length, limit, perMs);
  process.stdout.write(
    `${platform}: ${sorted.length} messages in ${(measured / 1000).toFixed(1)} s; minimum at ${limit}/${perMs / 1000} s: ${(minimum / 1000).toFixed(1)} s; ratio ${(measured / minimum).toFixed(3)} (target ≤ 1.15); ${extra}\n`,
  );
}

async function slack(): Promise<void> {
  const workspace = await slackWorkspace(COUNT);
  const bot = await platformCore({
    adapter: workspace.adapter,
    people: workspace.people,
    env: { OUTBOX_RATE_LIMITS: SLACK_PACE },
  });
  // Every recipient has written to the bot before: their DM channel is known.
  const dms = bot.store.namespace("adapter:slack");
  for (const person of workspace.people) {
    const member = String(person.userId).split("@")[1] ?? "";
    await dms.set(`dm:T0TEAM/${member}`, `D${member}`);
  }
  await bot.say(slackSecretariat.user, slackSecretariat.dm, "broadcast to everyone: Benchmark notice");
  const preview = workspace.fake
    .callsTo("chat.postMessage")
    .findLast((call) => String(call.args.text).includes("Broadcast preview"));
  const id = String(preview?.args.text).match(/Broadcast preview \(([0-9a-f]{8})\)/)?.[1] ?? "";
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  await bot.click(slackSecretariat.user, slackSecretariat.dm, ACTIONS.confirm, id);
  await bot.tickUntil(
    async () => (await bot.deliveries(id)).filter((d) => d.status === "sent").length === COUNT,
    600_000,
  );
  const arrivals = workspace.fake
    .callsTo("chat.postMessage")
    .filter((call) => call.args.channel !== "DUSEC" && String(call.args.text).includes("Benchmark notice"))
    .map((call) => call.at);
  const overall = windowExcess(arrivals, 50, 1_000);
  line(
    "Slack",
    arrivals,
    50,
    1_000,
    `pace ${SLACK_PACE}; per-channel violations ${workspace.fake.violations.length}; most over 50 in any 1 s ${overall}`,
  );
  await bot.stop();
  await workspace.close();
}

async function teams(): Promise<void> {
  const tenant = await teamsTenant(COUNT, { tenantPerSecond: 30 });
  const bot = await platformCore({ adapter: tenant.adapter, people: tenant.people });
  await tenant.seed(bot.store);
  await bot.say(teamsSecretariat.user, teamsSecretariat.dm, "broadcast to everyone: Benchmark notice");
  const preview = tenant.secretariatTexts("send").findLast((text) => text.includes("Broadcast preview"));
  const id = preview?.match(/Broadcast preview \(([0-9a-f]{8})\)/)?.[1] ?? "";
  await bot.click(teamsSecretariat.user, teamsSecretariat.dm, ACTIONS.confirm, id);
  await bot.tickUntil(
    async () => (await bot.deliveries(id)).filter((d) => d.status === "sent").length === COUNT,
    600_000,
  );
  const arrivals = tenant.connector
    .activities()
    .filter(
      (activity) =>
        activity.kind === "send" &&
        activity.conversationId !== teamsSecretariat.conversation &&
        activity.text.includes("Benchmark notice"),
    )
    .map((activity) => activity.at);
  const updates = tenant.secretariatTexts("update").length;
  line(
    "Teams",
    arrivals,
    30,
    1_000,
    `tenant ${TENANT.slice(0, 8)}…; violations ${tenant.connector.violations().length}; progress updates in the same tenant ${updates}`,
  );
  await bot.stop();
  await tenant.close();
}

/** Runs both platforms in turn. */
export async function run(): Promise<void> {
  if (process.env.BENCH_BROADCAST !== "teams") await slack();
  if (process.env.BENCH_BROADCAST !== "slack") await teams();
}
