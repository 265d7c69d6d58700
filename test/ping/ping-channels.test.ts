/**
 * A ping test over a mixed directory, on the real Slack adapter (fake Web API), a real SMTP
 * server and the bot's real HTTP server for links:
 *
 *   KEN technical   on Slack, has written to the bot    → chat; acknowledges by button
 *   KEN diplomatic  on Slack, never wrote               → found by users.lookupByEmail; types "acknowledge"
 *   FRA technical   not on Slack                        → e-mail; acknowledges by link (after a scanner's GET)
 *   FRA diplomatic  not on Slack, mailbox refused (550) → not reached on any channel
 *   SGP technical   not on Slack, server busy once (451) → e-mail after a retry; never answers
 *
 * The report's counts are checked against what the fakes received.
 */
import { afterEach, describe, expect, it } from "vitest";
import { HttpServer } from "../../bot/http.js";
import { silentLogger } from "../../bot/logger.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { button, directoryCsv, pocBot, SECRETARIAT, textOf } from "../poc/support.js";
import type { FakeCall, FakeUser } from "../support/fake-slack/api.js";
import { type SlackTestBot, settle, startSlackTestBot } from "../support/fake-slack/harness.js";
import { blockAction, directMessage, FORM, type RenderedButton } from "../support/fake-slack/payloads.js";
import { startMail } from "../support/mail.js";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server.js";

const member = (id: string, name: string, email: string): FakeUser => ({
  id,
  name,
  tz: "Europe/Paris",
  profile: { email, display_name: name, real_name: name },
});
const KEN_TECH = "ken.tech@cert.example";
const KEN_DIPLO = "ken.diplo@mission.example";
const FRA_TECH = "fra.tech@cert.example";
const FRA_DIPLO = "fra.diplo@mission.example";
const SGP_TECH = "sgp.tech@cert.example";

const buttonsOf = (call: FakeCall | undefined): RenderedButton[] =>
  ((call?.args.blocks ?? []) as Array<{ type: string; elements?: RenderedButton[] }>).flatMap((block) =>
    block.type === "actions" ? (block.elements ?? []) : [],
  );

describe("a ping test over chat and e-mail", () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.reverse()) await stop();
    stops.length = 0;
  });

  it("reaches each POC where it can, takes button, typed word and link, and reports per channel what the fakes saw", async () => {
    const links = new HttpServer(silentLogger());
    const port = await links.listen(0, "127.0.0.1");
    stops.push(() => links.close());
    const smtp: TestSmtpServer = await startSmtpServer();
    stops.push(() => smtp.close());
    smtp.refuse(FRA_DIPLO, 550);
    smtp.refuse(SGP_TECH, 451, 1);

    const bot = await pocBot({
      now: "2024-06-10T13:00:00.000Z",
      env: { PUBLIC_URL: `http://127.0.0.1:${port}` },
    });
    bot.deps.routes?.mountOn(links);
    const t: SlackTestBot = await startSlackTestBot({
      modules: [],
      bot,
      fake: { users: [member("U0KENT", "peter", KEN_TECH), member("U0KEND", "amina", KEN_DIPLO)] },
      adapter: { channelPace: false, lookupPace: [{ limit: 100, perMs: 1_000 }] },
    });
    stops.push(() => t.stop());
    const mail = await startMail(bot, { SMTP_URL: smtp.url, MAIL_FROM: "POC Directory <poc@un.example>" });
    stops.push(() => mail.stop());

    await bot.say(
      SECRETARIAT,
      `import poc directory\n${directoryCsv([
        { state: "KEN", type: "technical", emails: KEN_TECH },
        { state: "KEN", type: "diplomatic", emails: KEN_DIPLO },
        { state: "FRA", type: "technical", emails: FRA_TECH },
        { state: "FRA", type: "diplomatic", emails: FRA_DIPLO },
        { state: "SGP", type: "technical", emails: SGP_TECH },
      ])}`,
    );
    await bot.say(SECRETARIAT, "hello");
    // Only the KEN technical POC has written to the bot.
    await t.post(directMessage(t.ctx, "Ev-hello", { text: "hello", user: "U0KENT" }));
    await settle(150);
    const postsBefore = t.fake.callsTo("chat.postMessage").length;

    const preview = await bot.say(SECRETARIAT, "start ping test all window 24h");
    expect(textOf(preview)).toContain("Known in chat: 1\n");
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const testId = /^Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    expect(testId).not.toBe("");

    await bot.deps.scheduler.tick(); // chat pings: KEN technical directly, KEN diplomatic found by look-up
    await bot.deps.scheduler.tick(); // the three not on Slack are e-mailed
    bot.clock.advance(10 * 60_000);
    await bot.deps.scheduler.tick(); // the busy one, again

    const pings = t.fake.callsTo("chat.postMessage").slice(postsBefore);
    expect(pings.map((call) => call.args.channel).sort()).toEqual(["DU0KEND", "DU0KENT"]);
    expect(
      t.fake
        .callsTo("users.lookupByEmail")
        .map((call) => call.args.email)
        .sort(),
    ).toEqual([FRA_DIPLO, FRA_TECH, KEN_DIPLO, SGP_TECH].sort());
    expect(smtp.messages.map((message) => message.to).sort()).toEqual([FRA_TECH, SGP_TECH]);
    expect(smtp.refusals.map((refusal) => [refusal.to, refusal.code]).sort()).toEqual(
      [
        [FRA_DIPLO, 550],
        [smtp.refusals.find((r) => r.code === 451)?.to, 451],
      ].sort(),
    );

    // KEN technical: the Acknowledge button in Slack.
    bot.clock.advance(5 * 60_000);
    const kenTechPing = pings.find((call) => call.args.channel === "DU0KENT");
    const [ack] = buttonsOf(kenTechPing);
    await t.post(
      blockAction(t.ctx, {
        user: "U0KENT",
        button: ack as RenderedButton,
        channel: "DU0KENT",
        messageTs: String(kenTechPing?.response?.ts),
        triggerId: "1.1.ack",
      }),
      { contentType: FORM },
    );
    // KEN diplomatic: types the word in the DM the ping opened.
    bot.clock.advance(5 * 60_000);
    await t.post(directMessage(t.ctx, "Ev-ack", { text: "acknowledge", user: "U0KEND" }));
    await settle(200);

    // FRA technical: a mail scanner fetches the link (nothing recorded), then the POC clicks.
    const fraMail = smtp.to(FRA_TECH)[0]?.body ?? "";
    const link = /Acknowledge: (http:\/\/127\.0\.0\.1:\d+\/l\/[A-Za-z0-9_-]{43})/.exec(fraMail)?.[1] ?? "";
    expect(link).not.toBe("");
    const scanned = await fetch(link);
    expect(await scanned.text()).toContain('<button type="submit">Acknowledge</button>');
    let report = textOf(await bot.say(SECRETARIAT, `ping test report ${testId}`));
    expect(report).toContain("Acknowledged in time: 2\n");
    bot.clock.advance(20 * 60_000);
    const clicked = await fetch(link, { method: "POST" });
    expect(await clicked.text()).toContain(
      `your acknowledgement of ping test ${testId} (technical POC of France) was recorded`,
    );
    expect((await fetch(link, { method: "POST" })).status).toBe(409);

    report = textOf(await bot.say(SECRETARIAT, `ping test report ${testId}`));
    expect(report).toContain(
      // The window is still open: the one who has not answered yet is awaited, not "no answer".
      "In scope: 5\nDelivered: 4\nAcknowledged in time: 3\nLate: 0\nNo answer: 0\nAwaiting an answer (window open): 1\nFailed (not reached on any channel): 1\n",
    );
    // Per channel, against the fakes: 2 Slack posts, 2 mails accepted, 1 refused for good.
    expect(report).toContain(
      "Chat: 2 sent, 2 delivered, 0 failed, 3 unreachable, 2 acknowledged in chat, median 18 min\n" +
        "E-mail: 3 sent, 2 delivered, 1 failed, 0 unreachable, 1 acknowledged by the e-mail link, median 40 min\n" +
        "Acknowledgements count on the channel they came by, whichever channel's ping they answered: 2 in chat + 1 by the e-mail link = 3 (in time or late).",
    );
    expect(report).toMatch(
      /Not reached on any channel \(1\)\ndiplomatic POC of FRA \(France, diplomatic POC\): chat: no chat account known \(has not written to the bot\); not on slack; e-mail: E-mail undeliverable: the mail server refused it \(550/,
    );
    expect(report).toMatch(
      /^poc,FRA:technical,[^,]+,France,technical,1,1,1,0,0,0,0,0,40,0,[^,]+,2024-06-10T13:40:00\.000Z,email,$/m,
    );
    expect(report).toMatch(
      /^poc,KEN:diplomatic,[^,]+,Kenya,diplomatic,1,1,1,0,0,0,0,0,20,0,[^,]+,[^,]+,chat,$/m,
    );
    const acks = await bot.store.namespace("ping").list(`ack:${testId}:`, (await import("zod")).z.any());
    expect(
      acks
        .map((entry) => [entry.key.split(":").slice(2).join(":"), entry.value.via, entry.value.channel])
        .sort(),
    ).toEqual([
      ["FRA:technical", "link", "email"],
      ["KEN:diplomatic", "typed", "chat"],
      ["KEN:technical", "button", "chat"],
    ]);
  });
});
