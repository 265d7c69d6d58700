/**
 * Broadcasts by e-mail, against a real SMTP server: people's own choice ("send me
 * announcements by e-mail too", "chat only") and the broadcast's ("by e-mail too"); the
 * deliveries' channel in the ledger and the report; the Secretariat's view of each person's
 * channels.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmailAdapter, parseEmailConfig } from "../../adapters/email/index.js";
import { silentLogger } from "../../bot/logger.js";
import type { UserRef } from "../../bot/types.js";
import { campaignOf } from "../../handlers/broadcast/repository.js";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server.js";
import { broadcastCore, draftIdOf, secretariatUser, type TestPerson } from "./support/core.js";

const person = (i: number, inChat: boolean): TestPerson => ({
  key: `p${i}@mission.example`,
  name: `Person ${i}`,
  ...(inChat ? { userId: `alpha:u${i}` as const } : {}),
  roles: ["delegate"],
});
const chatUser = (i: number): UserRef => ({
  id: `alpha:u${i}`,
  displayName: `Person ${i}`,
  verifiedEmail: `p${i}@mission.example`,
  isBot: false,
  isMe: false,
});

describe("broadcasts by e-mail", () => {
  let smtp: TestSmtpServer;
  let t: Awaited<ReturnType<typeof broadcastCore>>;
  let mail: ReturnType<typeof createEmailAdapter>;
  const sec = secretariatUser();
  beforeEach(async () => {
    smtp = await startSmtpServer();
    // p0 chat, p1 chat + "e-mail too", p2 chat + "chat only", p3 no chat, p4 no chat + "chat only"
    t = await broadcastCore({ people: [0, 1, 2, 3, 4].map((i) => person(i, i < 3)) });
    mail = createEmailAdapter(parseEmailConfig({ SMTP_URL: smtp.url }));
    await mail.start({ sink: t.core.sink, store: t.store, log: silentLogger() });
    t.deps.messenger.add(mail);
    expect((await t.say(chatUser(1), "Send me announcements by e-mail too, please"))[0]?.message.text).toBe(
      'Done: announcements from the Secretariat will come to you by e-mail (p1@mission.example) as well as here. Say "chat only" to stop the e-mails.',
    );
    expect((await t.say(chatUser(2), "chat only"))[0]?.message.text).toMatch(
      /^Done: announcements will come to you in chat only/,
    );
    await t.deps.people.setChannelPreference("p4@mission.example", "chat-only", t.clock.now());
  });
  afterEach(async () => {
    await mail.stop();
    await smtp.close();
  });

  const send = async (command: string) => {
    await t.say(sec, command);
    const id = draftIdOf(t.lastCard("alpha:dm-sec"));
    await t.click(sec, "broadcast:confirm", id);
    await t.runUntilQuiet();
    return id;
  };

  it("by default: chat to everyone met in chat, e-mail too to those who asked, e-mail to who has no chat account", async () => {
    await t.say(sec, "broadcast to everyone: Room 4 from 3pm");
    const preview = t.lastCard("alpha:dm-sec");
    expect(preview?.sections[1]?.fields).toContainEqual({ label: "Messages (chat and e-mail)", value: "6" });
    expect(preview?.sections[1]?.fields).toContainEqual({
      label: "  on chat if found by e-mail when sending, else e-mail",
      value: "2",
    });
    expect(preview?.sections[1]?.fields).toContainEqual({ label: "Unreachable", value: "none" });
    const id = await send("broadcast to everyone: Room 4 from 3pm");
    // p1 asked for e-mail too; p3 and p4 have no chat account (p4's "chat only" cannot be
    // honoured in chat, so e-mail it is); p0 and p2 only in chat.
    expect(smtp.messages.map((mail) => mail.to).sort()).toEqual([
      "p1@mission.example",
      "p3@mission.example",
      "p4@mission.example",
    ]);
    expect(smtp.messages[0]?.body).toContain("Room 4 from 3pm");
    const deliveries = await t.deps.outbox.campaign(campaignOf(id));
    expect(deliveries.map((d) => [d.channel, d.status, d.sentTo?.split(":")[0]]).sort()).toEqual([
      ["alpha", "sent", "alpha"],
      ["alpha", "sent", "alpha"],
      ["alpha", "sent", "alpha"],
      ["chat-else-email", "sent", "email"],
      ["chat-else-email", "sent", "email"],
      ["email", "sent", "email"],
    ]);
  });

  it('"by e-mail too": e-mail to everyone with an address, except who chose chat only and is in chat', async () => {
    const id = await send("broadcast to everyone by e-mail too: The reception starts at 18:30");
    expect(smtp.messages.map((mail) => mail.to).sort()).toEqual([
      "p0@mission.example",
      "p1@mission.example",
      "p3@mission.example",
      "p4@mission.example",
    ]);
    const broadcasts = await t.deps.outbox.campaign(campaignOf(id));
    expect(broadcasts.filter((d) => d.channel === "email" && d.status === "sent")).toHaveLength(4);
    const report = t
      .sentTo("alpha:dm-sec")
      .map((sent) => sent.message.text)
      .join("\n");
    // The recipient column is where each copy went: the mailbox, or the chat conversation.
    expect(report).toContain(
      "Person 3,,,p3@mission.example,p3@mission.example,person:p3@mission.example,email,sent,1,",
    );
    expect(report).toContain("Person 0,,,p0@mission.example,alpha:dm-u0,alpha:u0,alpha,sent,1,");
    expect(report).not.toMatch(/Person 3,,,p3@mission\.example,,,,unreachable/);
  });

  it("a 550 marks that e-mail failed in the report; the rest go out", async () => {
    smtp.refuse("p3@mission.example", 550);
    const id = await send("broadcast to everyone by e-mail too: Notice");
    const failed = (await t.deps.outbox.campaign(campaignOf(id))).filter((d) => d.status === "failed");
    expect(failed.map((d) => [d.recipient, d.attempts])).toEqual([["person:p3@mission.example", 1]]);
    expect(failed[0]?.error).toMatch(/^E-mail undeliverable: the mail server refused it \(550/);
  });

  it("the Secretariat sees each person's channels; others may not", async () => {
    const one = await t.say(sec, "channels of p1@mission.example");
    expect(one[0]?.message.text).toMatch(
      /^Person 1 \(p1@mission\.example\)\nChat: alpha account Person 1, last seen .* UTC\nE-mail: p1@mission\.example\nAnnouncements: e-mail too$/,
    );
    expect((await t.say(chatUser(0), "channels of p1@mission.example"))[0]?.message.text).toBe(
      "Sorry, only the Secretariat can see how people are reached.",
    );
    const noEmail = { ...chatUser(0), verifiedEmail: undefined };
    expect((await t.say(noEmail, "send me announcements by email"))[0]?.message.text).toMatch(
      /^I can't tell your e-mail address: .* Nothing was changed\./,
    );
  });
});
