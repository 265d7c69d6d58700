import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { say } from "../../bot/language/messages.js";
import { CHANNEL, directoryCsv, dmOf, KEN_TECH, pocBot, SECRETARIAT, textOf } from "./support.js";

/** The note posted in a channel when a confidential answer went by direct message. */
const SENT_BY_DM = say("en", "poc.sentByDm");

const CSV = directoryCsv([
  {
    state: "KEN",
    type: "technical",
    name: "Peter Otieno",
    emails: KEN_TECH.email ?? "",
    phone: "+254 20 123 4567",
  },
]);

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: "info" }, stream), lines };
}

describe("confidentiality", () => {
  it("the Secretariat asking in a channel gets the details by direct message only, and the view is logged", async () => {
    const { log, lines } = capturingLogger();
    const bot = await pocBot({ now: "2024-06-10T13:00:00.000Z", log });
    await bot.say(SECRETARIAT, `import poc directory\n${CSV}`);
    const reply = await bot.say(SECRETARIAT, "what is Kenya's technical POC's phone?", { channel: true });
    expect(reply.map((m) => m.to)).toEqual([dmOf(SECRETARIAT), CHANNEL]);
    expect(reply[1]?.message.text).toBe(SENT_BY_DM);
    expect(reply[0]?.message.text).toContain("Phone: +254 20 1234567");

    bot.clock.advance(60_000);
    await bot.say(SECRETARIAT, "poc history KEN technical");
    expect(await bot.directory.views("KEN:technical")).toEqual([
      {
        pocId: "KEN:technical",
        at: "2024-06-10T13:00:00.000Z",
        by: { email: SECRETARIAT.email, userId: SECRETARIAT.id, name: SECRETARIAT.name },
        what: "record",
      },
      {
        pocId: "KEN:technical",
        at: "2024-06-10T13:01:00.000Z",
        by: { email: SECRETARIAT.email, userId: SECRETARIAT.id, name: SECRETARIAT.name },
        what: "audit trail",
      },
    ]);
    const logged = lines.filter((line) => line.msg === "POC details viewed by the Secretariat");
    expect(logged.map((line) => [line.pocId, line.viewer, line.what])).toEqual([
      ["KEN:technical", SECRETARIAT.email, "record"],
      ["KEN:technical", SECRETARIAT.email, "audit trail"],
    ]);
  });

  it("no contact detail is ever posted in a channel, whoever asks and whatever they ask", async () => {
    const bot = await pocBot({ now: "2024-06-10T13:00:00.000Z" });
    await bot.say(SECRETARIAT, `import poc directory\n${CSV}`);
    const asks = [
      "my details",
      "what is Kenya's technical POC's phone?",
      "show poc KEN technical",
      "poc history KEN technical",
      "who hasn't confirmed?",
      "change my phone to +254 20 765 4321",
      "ping test report",
    ];
    for (const who of [SECRETARIAT, KEN_TECH]) {
      for (const ask of asks) await bot.say(who, ask, { channel: true });
    }
    const inChannel = bot.sent.filter((m) => m.to === CHANNEL);
    expect(inChannel.length).toBe(asks.length * 2);
    expect(new Set(inChannel.map((m) => m.message.text))).toEqual(new Set([SENT_BY_DM]));
    expect(textOf(bot.sent.filter((m) => m.to !== CHANNEL))).toContain("+254 20 1234567");
  });
});
