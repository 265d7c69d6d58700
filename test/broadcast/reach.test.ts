/**
 * A broadcast reaches people the bot never met, through the same resolver as the ping tests
 * (`bot/reach/resolver.ts`): on the real Slack adapter against the fake Web API, a roster
 * person who never wrote is found with `users.lookupByEmail` and gets the Slack DM; one not
 * on Slack gets it by e-mail (a real SMTP server), though the broadcast did not say "by
 * e-mail too"; someone met in chat is not looked up and gets no e-mail.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createSlackAdapter, parseSlackConfig } from "../../adapters/slack/index.js";
import type { Address } from "../../bot/types.js";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { BroadcastRepository } from "../../handlers/broadcast/repository.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack/api.js";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "../support/fake-slack/sign.js";
import { startMail } from "../support/mail.js";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server.js";
import { SECRETARIAT_EMAIL, type TestPerson } from "./support/core.js";
import { platformCore } from "./support/platform-core.js";
import { slackSecretariat as sec, TEAM } from "./support/slack.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const PEOPLE: TestPerson[] = [
  // Met in chat: their account is known.
  { key: "met@mission.example", name: "Met Before", userId: `slack:${TEAM}/@U0MET`, roles: ["delegate"] },
  // Never wrote; a member of the workspace with that e-mail.
  { key: "onslack@mission.example", name: "On Slack", roles: ["delegate"] },
  // Never wrote; not on Slack.
  { key: "mailonly@mission.example", name: "Mail Only", roles: ["delegate"] },
];

async function setup(options: { ack?: boolean } = {}) {
  const fake: FakeSlack = await startFakeSlack({
    team: TEAM,
    users: [
      { id: "USEC", name: "sec", profile: { email: SECRETARIAT_EMAIL } },
      { id: "U0MET", name: "met", profile: { email: "met@mission.example" } },
      { id: "U0FOUND", name: "found", profile: { email: "onslack@mission.example" } },
    ],
  });
  cleanups.push(() => fake.close());
  const smtp: TestSmtpServer = await startSmtpServer();
  cleanups.push(() => smtp.close());
  const slack = createSlackAdapter(
    parseSlackConfig({
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    }),
  );
  const bot = await platformCore({ adapter: slack, people: PEOPLE });
  cleanups.push(() => bot.stop());
  const mail = await startMail(bot, { SMTP_URL: smtp.url });
  cleanups.push(() => mail.stop());

  await bot.say(
    sec.user,
    sec.dm,
    `broadcast to everyone${options.ack ? " requiring acknowledgement" : ""}: Room 4 from 3pm`,
  );
  const preview = fake
    .callsTo("chat.postMessage")
    .findLast((call) => String(call.args.text).includes("Broadcast preview"));
  const id = String(preview?.args.text).match(/Broadcast preview \(([0-9a-f]{8})\)/)?.[1] ?? "";
  await bot.click(sec.user, sec.dm, ACTIONS.confirm, id);
  await bot.tickUntil(async () => {
    const deliveries = await bot.deliveries(id);
    return (
      deliveries.length === 3 && deliveries.every((d) => d.status !== "pending" && d.status !== "sending")
    );
  });
  return { fake, smtp, bot, id, previewText: String(preview?.args.text) };
}

describe("a broadcast reaches people the bot never met", () => {
  it("looks them up on Slack by e-mail, and e-mails who is not found there", {
    timeout: 60_000,
  }, async () => {
    const { fake, smtp, bot, id, previewText } = await setup();
    // The preview says how those never met are reached.
    expect(previewText).toContain("chat if found by e-mail when sending, else e-mail");

    // Only the two never met were looked up; the known account was not.
    expect(fake.callsTo("users.lookupByEmail").map((call) => call.args.email)).toEqual(
      expect.arrayContaining(["onslack@mission.example", "mailonly@mission.example"]),
    );
    expect(fake.callsTo("users.lookupByEmail").map((call) => call.args.email)).not.toContain(
      "met@mission.example",
    );
    const dms = fake
      .callsTo("chat.postMessage")
      .filter((call) => String(call.args.text).includes("Room 4 from 3pm") && call.args.channel !== "DUSEC")
      .map((call) => call.args.channel)
      .sort();
    expect(dms).toEqual(["DU0FOUND", "DU0MET"]);
    // "Mail Only" got it by e-mail, once; nobody else was e-mailed.
    expect(smtp.messages.map((message) => message.to)).toEqual(["mailonly@mission.example"]);
    expect(smtp.messages[0]?.body).toContain("Room 4 from 3pm");

    const byRecipient = new Map((await bot.deliveries(id)).map((d) => [d.recipient, d]));
    expect(byRecipient.get(`slack:${TEAM}/@U0MET`)).toMatchObject({ status: "sent" });
    expect(byRecipient.get("person:onslack@mission.example")).toMatchObject({
      status: "sent",
      channel: "chat-else-email",
      sentTo: `slack:${TEAM}/DU0FOUND`,
    });
    expect(byRecipient.get("person:mailonly@mission.example")).toMatchObject({
      status: "sent",
      channel: "chat-else-email",
      sentTo: "email:mailonly@mission.example",
    });
    const broadcast = await new BroadcastRepository(bot.store.namespace("broadcast")).get(id);
    expect(broadcast).toMatchObject({ reachable: 3, unreachable: 0 });

    // The report's CSV: one row per person, with the channel each was reached on.
    const posts = () => fake.callsTo("chat.postMessage").map((call) => String(call.args.text));
    await bot.tickUntil(() => posts().some((text) => text.includes("Mail Only,")));
    const csv = fake
      .callsTo("chat.postMessage")
      .map((call) => String(call.args.text))
      .join("\n");
    // name, State, POC type, e-mail, the address it went to, the user id, platform, status, attempts…
    expect(csv).toContain(
      `On Slack,,,onslack@mission.example,slack:${TEAM}/DU0FOUND,slack:${TEAM}/DU0FOUND,slack,sent,1,`,
    );
    expect(csv).toContain(
      "Mail Only,,,mailonly@mission.example,mailonly@mission.example,email:mailonly@mission.example,email,sent,1,",
    );
  });

  it("the person found by look-up acknowledges from their Slack account; it counts once", {
    timeout: 60_000,
  }, async () => {
    const { bot, id } = await setup({ ack: true });
    const found = {
      id: `slack:${TEAM}/@U0FOUND` as Address,
      displayName: "On Slack",
      verifiedEmail: "onslack@mission.example",
      isBot: false,
      isMe: false,
    };
    await bot.click(found, `slack:${TEAM}/DU0FOUND`, ACTIONS.acknowledge, id);
    await bot.click(found, `slack:${TEAM}/DU0FOUND`, ACTIONS.acknowledge, id);
    const acks = await new BroadcastRepository(bot.store.namespace("broadcast")).acks(id);
    expect([...acks.keys()]).toEqual(["person:onslack@mission.example"]);
  });
});
