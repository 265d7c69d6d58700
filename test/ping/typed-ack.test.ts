/**
 * A typed "acknowledge" answers the pings actually sent to the asker — every open test that
 * pinged them, else the most recent closed one (late) — never a test that did not ping them,
 * and never guesses between a ping and a broadcast that asked for acknowledgement.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { HandlerModule } from "../../bot/module.js";
import { broadcast } from "../../handlers/broadcast/module.js";
import { BroadcastRepository } from "../../handlers/broadcast/repository.js";
import { handlerModules } from "../../handlers/index.js";
import { ackValue, PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import {
  button,
  directoryCsv,
  dmOf,
  FRA_TECH,
  KEN_DIPLO,
  KEN_TECH,
  POC_MODULES,
  pingBot,
  pocBot,
  SECRETARIAT,
  SGP_DIPLO,
  textOf,
  user,
} from "../poc/support.js";
import { leftInEnglish } from "../support/english.js";
import { startMail } from "../support/mail.js";
import { startSmtpServer } from "../support/smtp-server.js";

/** The POC suites' modules with broadcasts, in the order of handlers/index.ts. */
const WITH_BROADCASTS = [...POC_MODULES.slice(0, 4), broadcast, ...POC_MODULES.slice(4)];

async function setup(modules: readonly HandlerModule[] = WITH_BROADCASTS) {
  const bot = await pingBot(modules);
  const services = pingServices(bot.deps);
  /** Starts a test and sends its pings; resolves to its id. */
  const start = async (scope: string) => {
    const preview = await bot.say(SECRETARIAT, `start ping test ${scope}`);
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    await bot.deps.scheduler.tick();
    return /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
  };
  const acked = async (testId: string) => [...(await services.tests.acks(testId)).keys()].sort();
  return { bot, services, start, acked };
}

describe("typed 'acknowledge' with several ping tests", () => {
  it("answers every open test that pinged the asker, not the latest test", async () => {
    const { bot, start, acked } = await setup();
    const first = await start("all window 48h");
    bot.clock.advance(60 * 60_000);
    const second = await start("technical window 24h");

    // Only in the first test, still open: it is the one acknowledged.
    expect(textOf(await bot.say(KEN_DIPLO, "acknowledge"))).toBe(
      `Thank you: your acknowledgement of ping test ${first} (diplomatic POC of Kenya) was recorded at Mon 10 Jun 2024, 10:00 AM New York time (2:00 PM your time, UTC).`,
    );
    // In both: both are acknowledged, and the answer names each.
    const both = textOf(await bot.say(KEN_TECH, "ack"));
    expect(both.split("\n").sort()).toEqual(
      [
        `Thank you: your acknowledgement of ping test ${first} (technical POC of Kenya) was recorded at Mon 10 Jun 2024, 10:00 AM New York time (5:00 PM your time, Nairobi).`,
        `Thank you: your acknowledgement of ping test ${second} (technical POC of Kenya) was recorded at Mon 10 Jun 2024, 10:00 AM New York time (5:00 PM your time, Nairobi).`,
      ].sort(),
    );
    expect(await acked(first)).toEqual(["KEN:diplomatic", "KEN:technical"]);
    expect(await acked(second)).toEqual(["KEN:technical"]);
    const report = textOf(await bot.say(SECRETARIAT, `ping test report ${first}`));
    expect(report).toContain("Acknowledged in time: 2\n");
  });

  it("after the close, the most recent closed test that pinged the asker, counted late", async () => {
    const { bot, start, acked } = await setup();
    const first = await start("all window 2h");
    bot.clock.advance(60 * 60_000);
    const second = await start("technical window 2h");
    bot.clock.advance(3 * 60 * 60_000);
    await bot.deps.scheduler.tick();

    expect(textOf(await bot.say(KEN_DIPLO, "acknowledge"))).toBe(
      `Thank you: your acknowledgement of ping test ${first} (diplomatic POC of Kenya) was recorded at Mon 10 Jun 2024, 1:00 PM New York time (5:00 PM your time, UTC). That was after the test closed, so it counts as late.`,
    );
    expect(textOf(await bot.say(FRA_TECH, "acknowledge"))).toMatch(
      new RegExp(
        `^Thank you: your acknowledgement of ping test ${second} \\(technical POC of France\\) .* counts as late\\.$`,
      ),
    );
    expect(await acked(first)).toEqual(["KEN:diplomatic"]);
    expect(await acked(second)).toEqual(["FRA:technical"]);
  });
});

describe("typed 'acknowledge' with a broadcast asking for acknowledgement", () => {
  it("acknowledges the broadcast when no ping waits, asks which when both do, and changes no closed test", async () => {
    const { bot, start, acked } = await setup();
    const test = await start("technical window 2h");
    const pings = bot.sent.filter((m) => m.to === dmOf(KEN_TECH));
    await bot.click(KEN_TECH, button(pings, PING_ACTIONS.ack));
    bot.clock.advance(3 * 60 * 60_000); // the test closed; FRA's POC never answered
    await bot.deps.scheduler.tick();
    const before = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));

    const preview = await bot.say(
      SECRETARIAT,
      "broadcast to all POCs requiring acknowledgement: Fire drill at 11:00, please acknowledge.",
    );
    await bot.click(SECRETARIAT, button(preview, "broadcast:confirm"));
    const sentBefore = bot.sent.length;
    await bot.deps.scheduler.tick();
    const drill = bot.sent.slice(sentBefore).filter((m) => m.message.text.includes("Fire drill"));
    expect(drill.map((m) => m.to).sort()).toEqual([dmOf(FRA_TECH), dmOf(KEN_DIPLO), dmOf(KEN_TECH)].sort());
    const broadcasts = new BroadcastRepository(bot.store.namespace("broadcast"));
    const id = (await broadcasts.all())[0]?.id ?? "";
    const label = (yourTime?: string) =>
      `the broadcast of Mon 10 Jun, 12:00 PM New York time${yourTime ? ` (${yourTime})` : ""} ("Fire drill at 11:00, please acknowledge.")`;

    // Pinged, already answered: the broadcast is what waits.
    expect(textOf(await bot.say(KEN_TECH, "acknowledge"))).toBe(
      `Thank you: your acknowledgement of ${label("Mon 10 Jun, 7:00 PM your time (Nairobi)")} is recorded.`,
    );
    // Never pinged: the broadcast too (in the zone their POC record lists: their app gives none).
    expect(textOf(await bot.say(KEN_DIPLO, "acknowledged."))).toBe(
      `Thank you: your acknowledgement of ${label("Mon 10 Jun, 4:00 PM your time (UTC)")} is recorded.`,
    );
    // A late ping answer and the broadcast both wait: nothing is recorded.
    expect(textOf(await bot.say(FRA_TECH, "acknowledge"))).toBe(
      `2 messages are waiting for your acknowledgement: the ping test of Mon 10 Jun 2024, 9:00 AM New York time (${test}) and ${label("Mon 10 Jun, 6:00 PM your time (Paris)")} — please click Acknowledge on the one you mean. Nothing was recorded.`,
    );
    expect(await acked(test)).toEqual(["KEN:technical"]);
    expect([...(await broadcasts.acks(id)).keys()].sort()).toEqual([KEN_DIPLO.id, KEN_TECH.id].sort());
    expect(textOf(await bot.say(SECRETARIAT, `ping test report ${test}`)).replace(/Generated .*/, "")).toBe(
      before.replace(/Generated .*/, ""),
    );

    // The broadcast's button, as before; then the typed word goes to the ping that still waits.
    expect(textOf(await bot.click(FRA_TECH, button(drill, "broadcast:ack")))).toBe(
      "Thank you: your acknowledgement is recorded.",
    );
    expect(textOf(await bot.say(FRA_TECH, "acknowledge"))).toMatch(
      new RegExp(
        `^Thank you: your acknowledgement of ping test ${test} \\(technical POC of France\\) .* counts as late\\.$`,
      ),
    );
  });
});

describe("a POC the test addressed but could not ping", () => {
  it("is told why, nothing is recorded, and the report never counts more deliveries than pings", async () => {
    const { bot, start, acked } = await setup();
    const test = await start("all window 24h");
    await bot.say(SGP_DIPLO, "hello"); // now reachable, but the test had started
    const notPinged = `Ping test ${test} (diplomatic POC of Singapore) did not reach you: neither a chat account nor your e-mail could be reached when it was sent, so the Secretariat sees you as not reachable for that test. Nothing was recorded. Now that you have talked to the bot, the next ping test will reach you here.`;
    expect(textOf(await bot.say(SGP_DIPLO, "acknowledge"))).toBe(notPinged);
    expect(
      textOf(
        await bot.click(SGP_DIPLO, { actionId: PING_ACTIONS.ack, value: ackValue(test, "SGP:diplomatic") }),
      ),
    ).toBe(notPinged);
    expect(await acked(test)).toEqual([]);
    const report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
    expect(report).toContain("In scope: 4\nDelivered: 3\n");
    // Not reached in chat; its e-mail is queued on the next tick: still being delivered.
    expect(report).toMatch(/^poc,SGP:diplomatic,[^,]+,Singapore,diplomatic,1,0,0,0,0,0,1,0,,0,,,,$/m);
  });

  it.each([
    [
      "fr",
      "bien reçu",
      /^Test ping .* \(point de contact diplomatique, Singapour\) ne vous est pas parvenu\u202f: /,
    ],
    ["es", "recibido", /^Prueba ping .* no le llegó: /],
    ["ru", "получил пинг", /^Пинг-тест .* \(дипломатическое контактное лицо, Сингапур\) до вас не дошёл: /],
    ["zh", "收到了", /^连通性测试.*未能送达您：/],
    ["ar", "وصلني", /^لم يصل إليك .*اختبار الاتصال/],
  ])("%s: is told why in their language (%s)", async (locale, received, told) => {
    const { bot, start, acked } = await setup(handlerModules);
    const test = await start("all window 24h");
    await bot.say(SGP_DIPLO, locale === "fr" ? "langue : français" : received);
    const answer = textOf(await bot.say(SGP_DIPLO, received)).replace(/[\u2066-\u2069]/g, "");
    expect(answer).toMatch(told);
    expect(leftInEnglish(locale, answer.replace(test, ""))).toBeUndefined();
    expect(await acked(test)).toEqual([]);
  });
});

describe("typed acknowledgements in the POC's language", () => {
  it("in French: the list of what waits (a ping and a broadcast) and nothing recorded", async () => {
    // Every module, the language module included.
    const { bot, start, acked } = await setup(handlerModules);
    const test = await start("technical window 2h");
    await bot.say(FRA_TECH, "langue : français");
    await bot.say(SECRETARIAT, "broadcast to all POCs requiring acknowledgement: Fire drill at 11:00.");
    const preview = bot.sent.at(-1);
    await bot.click(SECRETARIAT, button(preview ? [preview] : [], "broadcast:confirm"));
    await bot.deps.scheduler.tick();
    const answer = textOf(await bot.say(FRA_TECH, "bien reçu"));
    expect(answer).toMatch(
      new RegExp(
        `^2 messages attendent votre accusé de réception : le test ping du .* \\(${test}\\) et .* — cliquez sur « Accuser réception » sur celui que vous visez\\. Rien n’a été enregistré\\.$`,
      ),
    );
    expect(leftInEnglish("fr", answer.replace(/« .*? »|"Fire drill at 11:00\."/g, ""))).toBeUndefined();
    expect(await acked(test)).toEqual([]);
  });

  it.each([
    ["j ai bien recu le ping", FRA_TECH, "FRA:technical", /^Merci : votre accusé de réception /],
    ["recibi el ping", FRA_TECH, "FRA:technical", /^Gracias: /],
    ["получил пинг", KEN_TECH, "KEN:technical", /^Спасибо/],
    ["收到了", KEN_TECH, "KEN:technical", /^谢谢/],
    ["وصلني", KEN_TECH, "KEN:technical", /^شكرا/],
  ])(
    "%s, typed without apostrophe or accent, acknowledges the open ping in that language",
    async (text, who, poc, answer) => {
      const { bot, start, acked } = await setup(handlerModules);
      const test = await start("technical window 2h");
      expect(textOf(await bot.say(who, text))).toMatch(answer);
      expect(await acked(test)).toEqual([poc]);
    },
  );
});

// tester4 item 21: "got it, thanks" was not understood; "ok recibido, gracias" answered
// "De nada." and recorded nothing. Words that say "received" always acknowledge; thanks and
// "got it" acknowledge only while a delivered ping waits for it, else they stay small talk.
describe("natural acknowledgements", () => {
  it.each([
    ["got it, thanks", KEN_TECH, "KEN:technical", /^Thank you: your acknowledgement/],
    ["ok recibido, gracias", FRA_TECH, "FRA:technical", /^Gracias: /],
    ["ok, bien reçu merci", FRA_TECH, "FRA:technical", /^Merci\s: votre accusé de réception /],
    ["merci !", FRA_TECH, "FRA:technical", /^Merci\s: votre accusé de réception /],
    ["ок, спасибо", KEN_TECH, "KEN:technical", /^Спасибо/],
    ["好的，谢谢", KEN_TECH, "KEN:technical", /^谢谢/],
    ["تمام شكرا", KEN_TECH, "KEN:technical", /^شكرا/],
    // The button's label typed ("Accuser réception" was a question about the reception).
    ["Accuser réception", FRA_TECH, "FRA:technical", /^Merci\s: votre accusé de réception /],
    ["Acusar recibo", FRA_TECH, "FRA:technical", /^Gracias: /],
    ["Подтвердить получение", KEN_TECH, "KEN:technical", /^Спасибо/],
    ["الإقرار بالاستلام", KEN_TECH, "KEN:technical", /^شكرا/],
  ])("%s acknowledges a delivered ping", async (text, who, poc, answer) => {
    const { bot, start, acked } = await setup(handlerModules);
    const test = await start("technical window 2h");
    expect(textOf(await bot.say(who, text))).toMatch(answer);
    expect(await acked(test)).toEqual([poc]);
  });

  it("'thanks' with no ping waiting (none sent, or already acknowledged) is small talk and records nothing", async () => {
    const { bot, start, acked } = await setup(handlerModules);
    expect(textOf(await bot.say(KEN_TECH, "got it, thanks"))).not.toMatch(/acknowledg|ping/i);
    const test = await start("technical window 2h");
    expect(textOf(await bot.say(KEN_TECH, "acknowledge"))).toMatch(/^Thank you: your acknowledgement/);
    expect(textOf(await bot.say(KEN_TECH, "thanks"))).toBe("You're welcome.");
    expect(await acked(test)).toEqual(["KEN:technical"]);
  });
});

describe("a 'received' that arrives before the ping does", () => {
  // "Acknowledged" means the POC answered a ping that reached them on some channel: a word
  // typed before that is not an answer to it. Nothing is recorded, the POC is told the ping is
  // on its way (and how), and the report counts them once they answer the ping itself.
  it("a test is open for the POC and their ping is still queued: nothing recorded, told it is on its way; the answer to the ping counts", async () => {
    const { bot, acked } = await setup(handlerModules);
    const preview = await bot.say(SECRETARIAT, "start ping test technical window 2h");
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const test = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    // No tick yet: the pings are queued, not sent. The POC writes first.
    expect(textOf(await bot.say(FRA_TECH, "j ai bien recu le ping"))).toBe(
      `Test ping ${test} (point de contact technique, France) ne vous est pas encore parvenu\u202f: il est en cours d’envoi dans votre messagerie. Rien n’a été enregistré\u202f: quand il arrivera, cliquez sur « Accuser réception » ou écrivez à nouveau « bien reçu ».`,
    );
    expect(textOf(await bot.say(KEN_TECH, "received"))).toBe(
      `Ping test ${test} (technical POC of Kenya) has not reached you yet: it is being sent to you in chat. Nothing was recorded: when it arrives, click Acknowledge on it or write "received" again.`,
    );
    // Said again before the ping arrived: the same, still nothing recorded.
    expect(textOf(await bot.say(KEN_TECH, "received"))).toMatch(/has not reached you yet/);
    expect(await acked(test)).toEqual([]);
    // The pings go out: both are awaited, none counted as acknowledged.
    await bot.deps.scheduler.tick();
    let report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
    expect(report).toContain("In scope: 2\nDelivered: 2\nAcknowledged in time: 0\n");
    expect(report).toContain("Awaiting an answer (window open): 2\n");
    // Their answer to the ping that reached them counts.
    expect(textOf(await bot.say(KEN_TECH, "received"))).toMatch(
      /^Thank you: your acknowledgement of ping test/,
    );
    const pings = bot.sent.filter((m) => m.to === dmOf(FRA_TECH));
    await bot.click(FRA_TECH, button(pings, PING_ACTIONS.ack));
    expect(await acked(test)).toEqual(["FRA:technical", "KEN:technical"]);
    report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
    expect(report).toContain("In scope: 2\nDelivered: 2\nAcknowledged in time: 2\n");
  });

  it.each([
    ["fr", "bien reçu", /^Test ping .* ne vous est pas encore parvenu\u202f: il est en cours d’envoi/],
    ["es", "recibido", /^Prueba ping .* todavía no le ha llegado: se le está enviando por chat\./],
    ["ru", "получил пинг", /^Пинг-тест .* до вас ещё не дошёл: он отправляется вам в чат\./],
    ["zh", "收到了", /^连通性测试.*尚未送达您：正在通过聊天发送给您。/],
    ["ar", "وصلني", /^لم يصل إليك .*اختبار الاتصال.* بعد: يجري إرساله إليك في الدردشة\./],
  ])(
    "%s: the POC is told in their language that the ping is still on its way (%s)",
    async (locale, received, told) => {
      const { bot, acked } = await setup(handlerModules);
      if (locale === "fr") await bot.say(KEN_TECH, "langue : français");
      const preview = await bot.say(SECRETARIAT, "start ping test technical window 2h");
      const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
      const test = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
      const answer = textOf(await bot.say(KEN_TECH, received)).replace(/[\u2066-\u2069]/g, "");
      expect(answer).toMatch(told);
      expect(
        leftInEnglish(locale, answer.replace(test, "").replace(/« .*? »|«.*?»|“.*?”/g, "")),
      ).toBeUndefined();
      expect(await acked(test)).toEqual([]);
    },
  );

  it("an acknowledgement stored before the ping reached the POC (as an earlier version did) is not counted, and their answer to the ping replaces it", async () => {
    const { bot, services, acked } = await setup(handlerModules);
    const preview = await bot.say(SECRETARIAT, "start ping test technical window 2h");
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const test = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    const early = bot.clock.now().toISOString();
    await services.tests.acknowledge(test, "KEN:technical", {
      at: early,
      userId: KEN_TECH.id,
      email: KEN_TECH.email ?? "",
      channel: "chat",
      via: "typed",
    });
    // Queued, not sent: not delivered, not acknowledged.
    let report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
    expect(report).toContain("Delivered: 0\nAcknowledged in time: 0\n");
    expect(report).toMatch(/^Chat: 0 sent, 0 delivered, 0 failed, 0 unreachable, 0 acknowledged in chat/m);
    bot.clock.advance(60_000);
    await bot.deps.scheduler.tick();
    report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
    expect(report).toContain("In scope: 2\nDelivered: 2\nAcknowledged in time: 0\n");
    expect(report).toMatch(/^Chat: 2 sent, 2 delivered, 0 failed, 0 unreachable, 0 acknowledged in chat/m);
    expect(report).toMatch(/^poc,KEN:technical,[^,]+,Kenya,technical,1,1,0,0,0,0,0,1,,0,[^,]+,,chat,$/m);
    // The ping reached them: their answer now is the one recorded, not "already acknowledged".
    bot.clock.advance(60_000);
    expect(textOf(await bot.say(KEN_TECH, "received"))).toMatch(
      /^Thank you: your acknowledgement of ping test/,
    );
    expect((await services.tests.ack(test, "KEN:technical"))?.at).not.toBe(early);
    expect(await acked(test)).toEqual(["KEN:technical"]);
    report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
    expect(report).toContain("In scope: 2\nDelivered: 2\nAcknowledged in time: 1\n");
    expect(report).toMatch(
      /^Chat: 2 sent, 2 delivered, 0 failed, 0 unreachable, 1 acknowledged in chat, median 1 min/m,
    );
  });

  it("a 'received' once the ping reached the POC counts even when this replica's clock is behind the one that sent it", async () => {
    const { bot, start, acked } = await setup(handlerModules);
    const test = await start("technical window 2h"); // sent at 13:00:00 by this clock
    bot.clock.set("2024-06-10T12:59:30.000Z"); // another replica's clock, or a rehearsal's restarted one
    expect(textOf(await bot.say(KEN_TECH, "received"))).toMatch(
      /^Thank you: your acknowledgement of ping test/,
    );
    expect(await acked(test)).toEqual(["KEN:technical"]);
    bot.clock.set("2024-06-10T13:05:00.000Z");
    const report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
    expect(report).toContain("In scope: 2\nDelivered: 2\nAcknowledged in time: 1\n");
    expect(report).toMatch(
      /^Chat: 2 sent, 2 delivered, 0 failed, 0 unreachable, 1 acknowledged in chat, median —/m,
    );
  });

  describe("from a POC the test reaches only by e-mail", () => {
    const stops: Array<{ stop(): Promise<void> | void }> = [];
    afterEach(async () => {
      for (const stoppable of stops.reverse()) await stoppable.stop();
      stops.length = 0;
    });

    const onItsWayByEmail = (test: string) =>
      `Ping test ${test} (diplomatic POC of Singapore) has not reached you yet: it is on its way to you by e-mail. Nothing was recorded: when it arrives, open its link or write "received" here again.`;

    it("its chat ping failed and its e-mail is not queued yet: nothing recorded, told it comes by e-mail; the answer after it counts", async () => {
      const { bot, start, acked } = await setup();
      const dir = mkdtempSync(join(tmpdir(), "ping-mail-"));
      stops.push({ stop: () => rmSync(dir, { recursive: true, force: true }) });
      stops.push(await startMail(bot, { MAIL_DIR: dir }));
      const test = await start("all window 24h"); // one tick: SGP's chat ping failed (no chat account)
      expect(readdirSync(dir)).toEqual([]);
      expect(textOf(await bot.say(SGP_DIPLO, "received"))).toBe(onItsWayByEmail(test));
      expect(await acked(test)).toEqual([]);
      await bot.deps.scheduler.tick(); // the e-mail is queued and written
      await bot.deps.scheduler.tick();
      expect(readdirSync(dir)).toHaveLength(1);
      let report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
      expect(report).toContain("In scope: 4\nDelivered: 4\nAcknowledged in time: 0\n");
      expect(report).toMatch(
        /^poc,SGP:diplomatic,[^,]+,Singapore,diplomatic,1,1,0,0,0,0,0,1,,0,[^,]+,,email,$/m,
      );
      // The e-mail reached them: "received" now answers it.
      expect(textOf(await bot.say(SGP_DIPLO, "received"))).toMatch(
        new RegExp(
          `^Thank you: your acknowledgement of ping test ${test} \\(diplomatic POC of Singapore\\) was recorded at `,
        ),
      );
      report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
      expect(report).toContain("In scope: 4\nDelivered: 4\nAcknowledged in time: 1\n");
      expect(report).toMatch(
        /^poc,SGP:diplomatic,[^,]+,Singapore,diplomatic,1,1,1,0,0,0,0,0,\d+,0,[^,]+,[^,]+,email,$/m,
      );
    });

    it("its e-mail is being retried (the server said 451): nothing recorded until it is sent", async () => {
      const { bot, start, acked } = await setup();
      const smtp = await startSmtpServer();
      stops.push({ stop: () => smtp.close() });
      smtp.refuse(SGP_DIPLO.email ?? "", 451, 1);
      stops.push(await startMail(bot, { SMTP_URL: smtp.url }));
      const test = await start("all window 24h");
      await bot.deps.scheduler.tick(); // the e-mail: refused for now, to be tried again
      expect(smtp.refusals.map((refusal) => refusal.code)).toEqual([451]);
      expect(textOf(await bot.say(SGP_DIPLO, "received"))).toBe(onItsWayByEmail(test));
      expect(await acked(test)).toEqual([]);
      let report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
      expect(report).toContain("In scope: 4\nDelivered: 3\nAcknowledged in time: 0\n");
      expect(report).toContain("Still being delivered: 1\n");
      // An early report is no all-clear: what is still in flight is said where the States' lines would be.
      expect(report).toContain(
        "No POC late, unanswered or unreached so far, but this is no result yet: 1 still being delivered, 3 awaiting an answer.",
      );
      bot.clock.advance(10 * 60_000);
      await bot.deps.scheduler.tick();
      expect(smtp.messages.map((message) => message.to)).toEqual([SGP_DIPLO.email]);
      expect(textOf(await bot.say(SGP_DIPLO, "received"))).toMatch(
        /^Thank you: your acknowledgement of ping test/,
      );
      report = textOf(await bot.say(SECRETARIAT, `ping test report ${test}`));
      expect(report).toContain("In scope: 4\nDelivered: 4\nAcknowledged in time: 1\n");
    });
  });

  it("no test open yet: says none is open and when the announced one is due, in the POC's language; nothing recorded", async () => {
    const bot = await pocBot({ now: "2024-06-09T15:00:00.000Z", modules: handlerModules });
    const csv = directoryCsv([
      { state: "KEN", type: "technical", emails: KEN_TECH.email ?? "" },
      { state: "FRA", type: "technical", emails: FRA_TECH.email ?? "" },
    ]);
    await bot.say(SECRETARIAT, `import poc directory\n${csv}`);
    const services = pingServices(bot.deps);
    expect(textOf(await bot.say(FRA_TECH, "bien reçu"))).toBe(
      "Aucun test ping n’est ouvert pour vous en ce moment : rien n’a été enregistré. Le prochain, Test « ping » du Répertoire mondial des points de contact, est prévu le lundi 10 juin 2024 : merci d’accuser réception de son message quand il vous parviendra.",
    );
    expect(textOf(await bot.say(KEN_TECH, "received"))).toBe(
      'No ping test is open for you right now, so nothing was recorded. The next one, "Ping" test of the Global POC Directory, is due on Monday 10 June 2024: please acknowledge its message when it reaches you.',
    );
    expect(textOf(await bot.say(KEN_TECH, "получил пинг"))).toMatch(
      /^Сейчас для вас нет открытого пинг-теста.*10 июня 2024/,
    );
    expect(await services.tests.all()).toEqual([]);
    // Someone who is no POC is not told about POC tests.
    expect(textOf(await bot.say(user("dan", "dan@delegation.example"), "received"))).toBe(
      "There is no ping test addressed to you to acknowledge. Nothing was recorded.",
    );
  });
});
