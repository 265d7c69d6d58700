import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { parseStart } from "../../handlers/ping/parse.js";
import { computeReport, median, reportCard, reportCsv } from "../../handlers/ping/report.js";
import type { PingTest } from "../../handlers/ping/schema.js";
import { pingServices } from "../../handlers/ping/service.js";
import { type PocPings, pingCampaign } from "../../handlers/ping/store.js";
import type { Delivery } from "../../schedules/delivery.js";
import { button, dmOf, FRA_TECH, KEN_DIPLO, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";

describe("start ping test …", () => {
  it.each([
    ["", { scope: { kind: "all" }, windowMs: 48 * 3_600_000 }],
    ["all", { scope: { kind: "all" }, windowMs: 48 * 3_600_000 }],
    ["technical window 24h", { scope: { kind: "type", type: "technical" }, windowMs: 24 * 3_600_000 }],
    [
      "for diplomatic POCs with a window of 2 days",
      { scope: { kind: "type", type: "diplomatic" }, windowMs: 48 * 3_600_000 },
    ],
    ["KEN,FRA", { scope: { kind: "states", states: ["KEN", "FRA"] }, windowMs: 48 * 3_600_000 }],
    [
      "ken, Kenya, SGP window 6 hours",
      { scope: { kind: "states", states: ["KEN", "SGP"] }, windowMs: 6 * 3_600_000 },
    ],
    // State names of several words, read as broadcasts read them (bot/people/states.ts).
    ["Côte d'Ivoire", { scope: { kind: "states", states: ["CIV"] }, windowMs: 48 * 3_600_000 }],
    ["South Africa", { scope: { kind: "states", states: ["ZAF"] }, windowMs: 48 * 3_600_000 }],
    [
      "Côte d’Ivoire, South Africa and Bosnia and Herzegovina window 24h",
      { scope: { kind: "states", states: ["CIV", "ZAF", "BIH"] }, windowMs: 24 * 3_600_000 },
    ],
    ["KEN FRA", { scope: { kind: "states", states: ["KEN", "FRA"] }, windowMs: 48 * 3_600_000 }],
    // A type with States.
    [
      "diplomatic KEN",
      { scope: { kind: "states", states: ["KEN"], type: "diplomatic" }, windowMs: 48 * 3_600_000 },
    ],
    [
      "technical POCs of South Africa and Kenya window 2 days",
      { scope: { kind: "states", states: ["ZAF", "KEN"], type: "technical" }, windowMs: 48 * 3_600_000 },
    ],
    [
      "KEN, FRA technical POCs",
      { scope: { kind: "states", states: ["KEN", "FRA"], type: "technical" }, windowMs: 48 * 3_600_000 },
    ],
    // E-mail to everyone, besides chat.
    ["all by e-mail too", { scope: { kind: "all" }, windowMs: 48 * 3_600_000, email: "also" }],
    [
      "technical, also by email, window 24h",
      { scope: { kind: "type", type: "technical" }, windowMs: 24 * 3_600_000, email: "also" },
    ],
    [
      "KEN, FRA and by e-mail as well",
      { scope: { kind: "states", states: ["KEN", "FRA"] }, windowMs: 48 * 3_600_000, email: "also" },
    ],
  ])("%j", (rest, expected) => {
    expect(parseStart(rest)).toEqual(expected);
  });

  it.each([
    [
      "KEN, XYZ",
      `I don't know "XYZ" as a State. Say "start ping test all", "diplomatic", "technical", States by English name or ISO code such as "KEN, Côte d'Ivoire", or a type with States such as "diplomatic KEN, FRA"; optionally with "window 48h" and "by e-mail too". Nothing was started.`,
    ],
    ["diplomatic Atlantis", `I don't know "Atlantis" as a State.`],
    ["South Atlantis", `I don't know "South Atlantis" as a State.`],
    [
      "all window 30 min",
      'Give the window as a number of hours or days, e.g. "window 48h" or "window 2 days". Nothing was started.',
    ],
    [
      "all window 15 days",
      'The window must be between 1 hour and 14 days; "window 15 days" is not. Nothing was started.',
    ],
  ])("%j is refused", (rest, message) => {
    expect(() => parseStart(rest)).toThrow(message);
  });
});

describe("the report", () => {
  const test: PingTest = {
    id: "t1",
    scope: { kind: "all" },
    windowMs: 48 * 3_600_000,
    startedAt: "2024-06-10T13:00:00.000Z",
    halfwayAt: "2024-06-11T13:00:00.000Z",
    closesAt: "2024-06-12T13:00:00.000Z",
    startedBy: {},
    targets: [
      { pocId: "KEN:technical", state: "KEN", type: "technical", emails: ["a@x.org"], recipient: "test:a" },
      { pocId: "KEN:diplomatic", state: "KEN", type: "diplomatic", emails: ["b@x.org"], recipient: "test:b" },
      { pocId: "FRA:technical", state: "FRA", type: "technical", emails: ["c@x.org"], recipient: "test:c" },
      { pocId: "FRA:diplomatic", state: "FRA", type: "diplomatic", emails: ["d@x.org"] },
      { pocId: "SGP:technical", state: "SGP", type: "technical", emails: ["e@x.org"], recipient: "test:e" },
    ],
  };
  const delivery = (status: Delivery["status"], sentAt?: string) =>
    ({ status, ...(sentAt ? { sentAt } : {}) }) as Delivery;
  const deliveries = new Map<string, PocPings>([
    ["KEN:technical", { chat: delivery("sent", "2024-06-10T13:00:00.000Z") }],
    ["KEN:diplomatic", { chat: delivery("uncertain", "2024-06-10T14:00:00.000Z") }],
    ["FRA:technical", { chat: delivery("sent", "2024-06-10T13:00:00.000Z") }],
    ["SGP:technical", { chat: delivery("pending") }],
  ]);
  const acks = new Map([
    ["KEN:technical", { at: "2024-06-10T13:30:00.000Z", userId: "test:a", email: "a@x.org" }],
    ["KEN:diplomatic", { at: "2024-06-12T14:00:00.000Z", userId: "test:b", email: "b@x.org" }],
  ]);

  it("counts outcomes overall, by type and by State, with the median time to acknowledge", () => {
    const open = computeReport(test, deliveries, acks, new Date("2024-06-11T00:00:00.000Z"));
    expect(open.overall).toEqual({
      inScope: 5,
      delivered: 3,
      inTime: 1,
      late: 1,
      // FRA technical has not answered yet but the window is open: awaited, not "no answer".
      noAnswer: 0,
      awaiting: 1,
      failed: 1,
      pending: 1,
      cancelled: 0,
      medianMs: (30 * 60_000 + 48 * 3_600_000) / 2,
    });
    const closed = computeReport(test, deliveries, acks, new Date("2024-06-13T00:00:00.000Z"));
    expect(closed.overall).toMatchObject({ failed: 2, pending: 0 });
    expect(closed.byType.technical).toEqual({
      inScope: 3,
      delivered: 2,
      inTime: 1,
      late: 0,
      noAnswer: 1,
      awaiting: 0,
      failed: 1,
      pending: 0,
      cancelled: 0,
      medianMs: 30 * 60_000,
    });
    expect(
      closed.byState.map(({ state, tally }) => [
        state,
        tally.inTime,
        tally.late,
        tally.noAnswer,
        tally.failed,
      ]),
    ).toEqual([
      ["FRA", 0, 0, 1, 1],
      ["KEN", 1, 1, 0, 0],
      ["SGP", 0, 0, 0, 1],
    ]);
    const lines = reportCsv(closed).trim().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "level,group,name,state,poc_type,in_scope,delivered,acknowledged_in_time,late,no_answer,failed,pending,awaiting_answer,median_minutes_to_acknowledge,not_pinged_cancelled,sent_at,acknowledged_at,reached_by,not_reached_because",
      "overall,all,,,,5,3,1,1,1,2,0,0,1455,0,,,,",
      "type,diplomatic,,,,2,1,0,1,0,1,0,0,2880,0,,,,",
    ]);
    // One line per POC, after the groups: who answered, and when.
    expect(lines.filter((line) => line.startsWith("poc,")).length).toBe(closed.targets.length);
    for (const target of closed.targets) {
      const line = lines.find((candidate) => candidate.startsWith(`poc,${target.pocId},`));
      expect(
        line?.endsWith(
          `,${target.sentAt ?? ""},${target.ackAt ?? ""},${target.reachedBy?.join("+") ?? ""},${target.reasons?.join("; ") ?? ""}`,
        ),
      ).toBe(true);
    }
  });

  it("the CSV opens safely in a spreadsheet: a text cell that reads as a formula gets a leading apostrophe", () => {
    const report = computeReport(test, deliveries, acks, new Date("2024-06-13T00:00:00.000Z"));
    const crafted = { ...report, byState: [{ state: "=1+1", tally: report.overall }] };
    const lines = reportCsv(crafted).trim().split("\n");
    // Numbers and timestamps as they are; only the text cell is prefixed.
    expect(lines).toContain("state,'=1+1,,'=1+1,,5,3,1,1,1,2,0,0,1455,0,,,,");
    expect(lines).toContain(
      "poc,KEN:technical,,Kenya,technical,1,1,1,0,0,0,0,0,30,0,2024-06-10T13:00:00.000Z,2024-06-10T13:30:00.000Z,chat,",
    );
  });

  it("an acknowledgement stored for a POC never pinged counts for nothing: delivered never exceeds the pings", () => {
    const stray = new Map([
      ...acks,
      ["FRA:diplomatic", { at: "2024-06-10T17:00:00.000Z", userId: "test:d", email: "d@x.org" }],
    ]);
    const report = computeReport(test, deliveries, stray, new Date("2024-06-13T00:00:00.000Z"));
    expect(report.targets.find((target) => target.pocId === "FRA:diplomatic")).toEqual({
      pocId: "FRA:diplomatic",
      state: "FRA",
      type: "diplomatic",
      outcome: "failed",
      reasons: ["not pinged"],
    });
    expect(report.overall).toMatchObject({ delivered: 3, inTime: 1, failed: 2 });
  });

  it("an interim report counts who still has time as awaiting, and lists no State for it", () => {
    const open = computeReport(test, deliveries, acks, new Date("2024-06-10T13:20:00.000Z"));
    const card = reportCard(open);
    const overall = card.sections.find((section) => section.heading === "Overall");
    expect(overall?.fields).toContainEqual({ label: "No answer", value: "0" });
    expect(overall?.fields).toContainEqual({ label: "Awaiting an answer (window open)", value: "1" });
    // FRA (a POC not reached) and KEN (a late answer in this fixture); not SGP, whose ping is on its way.
    expect(card.sections.find((section) => section.heading?.startsWith("By State"))?.heading).toBe(
      "By State: 2 of 3 States with a POC not acknowledged in time",
    );
  });

  it("counts each acknowledgement on the channel it came by, so the channels add up to the overall count", () => {
    // tester6 I3: POCs e-mailed (no chat account) who then typed "received" in chat were
    // acknowledged overall but by no channel.
    const mixed = new Map<string, PocPings>([
      ["KEN:technical", { chat: delivery("sent", "2024-06-10T13:00:00.000Z") }],
      [
        "KEN:diplomatic",
        {
          chat: { ...delivery("failed"), unreachable: true } as Delivery,
          email: delivery("sent", "2024-06-10T13:00:00.000Z"),
        },
      ],
      ["FRA:technical", { email: delivery("sent", "2024-06-10T13:00:00.000Z") }],
      ["SGP:technical", { email: delivery("sent", "2024-06-10T13:00:00.000Z") }],
    ]);
    const answered = new Map([
      ["KEN:technical", { at: "2024-06-10T13:10:00.000Z", userId: "test:a", email: "a@x.org" }],
      ["KEN:diplomatic", { at: "2024-06-10T13:20:00.000Z", userId: "test:b", email: "b@x.org" }],
      ["FRA:technical", { at: "2024-06-10T13:30:00.000Z", userId: "test:c", email: "c@x.org" }],
      [
        "SGP:technical",
        { at: "2024-06-10T14:00:00.000Z", userId: "", email: "e@x.org", channel: "email" as const },
      ],
    ]);
    const report = computeReport(test, mixed, answered, new Date("2024-06-11T00:00:00.000Z"));
    expect(report.overall).toMatchObject({ inTime: 4, late: 0 });
    expect(report.byChannel.chat).toMatchObject({ acknowledged: 3, medianMs: 20 * 60_000 });
    expect(report.byChannel.email).toMatchObject({ acknowledged: 1, medianMs: 60 * 60_000 });
    const byChannel = reportCard(report).sections.find((section) => section.heading === "By channel");
    expect(byChannel?.text).toBe(
      // More chat acknowledgements than chat pings delivered: the line says why.
      "Chat: 1 sent, 1 delivered, 0 failed, 1 unreachable, 3 acknowledged in chat (2 of them answering a ping sent by e-mail), median 20 min\n" +
        "E-mail: 3 sent, 3 delivered, 0 failed, 0 unreachable, 1 acknowledged by the e-mail link, median 1 h\n" +
        "Acknowledgements count on the channel they came by, whichever channel's ping they answered: 3 in chat + 1 by the e-mail link = 4 (in time or late).",
    );
  });

  it("an acknowledgement counts only for a ping that reached the POC, and never as a 0-minute latency", () => {
    const pings = new Map<string, PocPings>([
      ["KEN:technical", { chat: delivery("sent", "2024-06-10T13:00:00.000Z") }],
      ["FRA:technical", { chat: delivery("pending") }],
    ]);
    const at = (time: string, via?: "button" | "typed") => ({
      at: `2024-06-10T${time}.000Z`,
      userId: "test:a",
      email: "a@x.org",
      ...(via ? { via } : {}),
    });
    const now = new Date("2024-06-10T14:00:00.000Z");
    // A click on the ping's button within the platform's round trip (before sentAt was
    // written) proves it arrived: acknowledged, left out of the median. A word typed while
    // FRA's ping is still queued answers no ping: still being delivered, not acknowledged.
    const clicked = computeReport(
      test,
      pings,
      new Map([
        ["KEN:technical", at("12:59:59", "button")],
        ["FRA:technical", at("13:01:00", "typed")],
      ]),
      now,
    );
    expect(clicked.overall).toMatchObject({ inTime: 1, delivered: 1, medianMs: null });
    expect(clicked.targets.find((t) => t.pocId === "FRA:technical")?.outcome).toBe("pending");
    expect(clicked.byChannel.chat).toMatchObject({ delivered: 1, acknowledged: 1, medianMs: null });
    // A word typed before the ping reached KEN (an earlier version stored those) is no answer
    // to it: awaiting one while the window is open, no answer after the close.
    const typed = new Map([["KEN:technical", at("12:59:59", "typed")]]);
    const early = computeReport(test, pings, typed, now);
    expect(early.overall).toMatchObject({ inTime: 0, delivered: 1, awaiting: 1, medianMs: null });
    expect(early.byChannel.chat).toMatchObject({ delivered: 1, acknowledged: 0 });
    const closed = computeReport(test, pings, typed, new Date("2024-06-13T00:00:00.000Z"));
    expect(closed.targets.find((t) => t.pocId === "KEN:technical")?.outcome).toBe("no-answer");
    // Typed once the ping had reached them: acknowledged, with its latency.
    const after = computeReport(test, pings, new Map([["KEN:technical", at("13:02:00", "typed")]]), now);
    expect(after.overall).toMatchObject({ inTime: 1, delivered: 1, medianMs: 120_000 });
  });

  it("leaves out the POC types the test did not address, in the card and the CSV", () => {
    const technical: PingTest = {
      ...test,
      scope: { kind: "type", type: "technical" },
      targets: test.targets.filter((target) => target.type === "technical"),
    };
    const report = computeReport(technical, deliveries, acks, new Date("2024-06-13T00:00:00.000Z"));
    const byType = reportCard(report).sections.find((section) => section.heading === "By type");
    expect(byType?.text).toMatch(/^Technical: 3 in scope, 2 delivered, /);
    expect(byType?.text).not.toContain("Diplomatic");
    const types = reportCsv(report)
      .split("\n")
      .filter((line) => line.startsWith("type,"));
    expect(types).toEqual(["type,technical,,,,3,2,1,0,1,1,0,0,30,0,,,,"]);
    const both = reportCsv(computeReport(test, deliveries, acks, new Date("2024-06-13T00:00:00.000Z")));
    expect(both.split("\n").filter((line) => line.startsWith("type,"))).toHaveLength(2);
  });

  it("median of an even count is the mean of the middle two", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe("running a ping test in chat", () => {
  it("previews the scope before anything is sent, and Cancel sends nothing", async () => {
    const bot = await pingBot();
    const preview = await bot.say(SECRETARIAT, "start ping test KEN, SGP window 24h");
    expect(textOf(preview)).toBe(
      [
        "Ping test preview: POCs of KEN, SGP",
        "",
        "POCs: 3",
        "Known in chat: 2",
        "Not known in chat (looked up by e-mail on the chat platforms, else e-mailed): 1",
        "By e-mail: those not reachable in chat",
        "Window: 24 h (if started now, closes Tue 11 Jun 2024, 9:00 AM New York time)",
        "",
        "Not known in chat",
        "diplomatic POC of SGP (Singapore, diplomatic POC)",
        "",
        'Each POC gets one direct message with an Acknowledge button; those not reachable in chat get an e-mail with an acknowledgement link instead. Add "by e-mail too" to e-mail everyone.',
        "",
        "• Confirm: start the ping test",
        "• Cancel",
      ].join("\n"),
    );
    expect(textOf(await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.cancel)))).toBe(
      "Cancelled: no ping test was started.",
    );
    expect(textOf(await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start)))).toBe(
      'That preview has expired. Say "start ping test …" again to see a fresh one. Nothing was sent.',
    );
    await bot.deps.scheduler.tick();
    expect(bot.sent.filter((m) => m.to !== dmOf(SECRETARIAT))).toHaveLength(3); // only the answers to "hello"
  });

  it("names every State of the scope the directory has no POC for, or none of the type asked", async () => {
    const bot = await pingBot();
    const preview = await bot.say(SECRETARIAT, "start ping test KEN and Austria window 24h");
    expect(textOf(preview)).toContain("POCs: 2\n");
    expect(textOf(preview)).toContain("Not in the directory, so not pinged\nAustria (AUT): no POC record\n");
    const started = textOf(await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start)));
    expect(started).toMatch(/Not in the directory, so not pinged: Austria \(AUT\): no POC record\.$/);

    const typed = await bot.say(SECRETARIAT, "start ping test diplomatic KEN, FRA, AUT");
    expect(textOf(typed)).toContain(
      "Not in the directory, so not pinged\nFrance (FRA): no diplomatic POC\nAustria (AUT): no POC record\n",
    );
    // A type alone: the directory's States without a POC of that type.
    const technical = await bot.say(SECRETARIAT, "start ping test technical");
    expect(textOf(technical)).toContain(
      "Not in the directory, so not pinged\nSingapore (SGP): no technical POC\n",
    );
    // Nothing missing, nothing said.
    expect(textOf(await bot.say(SECRETARIAT, "start ping test KEN"))).not.toContain("Not in the directory");
  });

  it("a type with States pings only that type of those States", async () => {
    const bot = await pingBot();
    const preview = await bot.say(SECRETARIAT, "start ping test diplomatic KEN window 24h");
    expect(textOf(preview)).toMatch(
      /^Ping test preview: diplomatic POCs of KEN\n\nPOCs: 1\nKnown in chat: 1\n/,
    );
    await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const before = bot.sent.length;
    await bot.deps.scheduler.tick();
    expect(bot.sent.slice(before).map((m) => m.to)).toEqual([dmOf(KEN_DIPLO)]);
  });

  it("records the first acknowledgement only, from the POC the ping was addressed to; later ones count as late", async () => {
    const bot = await pingBot();
    const preview = await bot.say(SECRETARIAT, "start ping test technical window 2h");
    await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const before = bot.sent.length;
    await bot.deps.scheduler.tick();
    const pings = bot.sent.slice(before);
    expect(pings.map((m) => m.to).sort()).toEqual([dmOf(FRA_TECH), dmOf(KEN_TECH)]);
    expect(textOf(pings.filter((m) => m.to === dmOf(KEN_TECH)))).toBe(
      [
        "Ping test of the POC directory",
        "",
        'This is a test that the Global POC Directory can reach the technical POC of Kenya. Please click Acknowledge (or reply "acknowledge") before Mon 10 Jun 2024, 11:00 AM New York time (6:00 PM your time, Nairobi).',
        "",
        `Ping test ${button(pings, PING_ACTIONS.ack).value?.split("|")[0]}`,
        "",
        "• Acknowledge",
      ].join("\n"),
    );
    const kenAck = button(
      pings.filter((m) => m.to === dmOf(KEN_TECH)),
      PING_ACTIONS.ack,
    );
    expect(textOf(await bot.click(FRA_TECH, kenAck))).toMatch(
      /^This ping was addressed to another Point of Contact/,
    );
    bot.clock.advance(10 * 60_000);
    expect(textOf(await bot.click(KEN_TECH, kenAck))).toBe(
      "Thank you: your acknowledgement was recorded at Mon 10 Jun 2024, 9:10 AM New York time (4:10 PM your time, Nairobi).",
    );
    bot.clock.advance(10 * 60_000);
    expect(textOf(await bot.click(KEN_TECH, kenAck))).toBe(
      "You had already acknowledged this ping, at Mon 10 Jun 2024, 9:10 AM New York time (4:10 PM your time, Nairobi).",
    );
    bot.clock.set("2024-06-10T16:00:00.000Z");
    await bot.deps.scheduler.tick();
    const fraAck = button(
      pings.filter((m) => m.to === dmOf(FRA_TECH)),
      PING_ACTIONS.ack,
    );
    expect(textOf(await bot.click(FRA_TECH, fraAck))).toMatch(
      /That was after the test closed, so it counts as late\.$/,
    );
    const report = await bot.say(SECRETARIAT, "ping test report");
    expect(textOf(report)).toContain(
      "In scope: 2\nDelivered: 2\nAcknowledged in time: 1\nLate: 1\nNo answer: 0",
    );
  });

  it("takes a typed 'acknowledge' like the button, only from a POC the test pinged", async () => {
    const bot = await pingBot();
    // Before the test the programme announces for today is started: when it is due, nothing recorded.
    expect(textOf(await bot.say(KEN_TECH, "acknowledge"))).toBe(
      'No ping test is open for you right now, so nothing was recorded. The next one, "Ping" test of the Global POC Directory, is due on Monday 10 June 2024: please acknowledge its message when it reaches you.',
    );
    const preview = await bot.say(SECRETARIAT, "start ping test technical window 2h");
    await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    await bot.deps.scheduler.tick();
    expect(textOf(await bot.say(KEN_DIPLO, "ack"))).toBe(
      "There is no ping test addressed to you to acknowledge. Nothing was recorded.",
    );
    bot.clock.advance(10 * 60_000);
    const testId = (await pingServices(bot.deps).tests.latest()) ?? "";
    expect(textOf(await bot.say(KEN_TECH, "ping received"))).toBe(
      `Thank you: your acknowledgement of ping test ${testId} (technical POC of Kenya) was recorded at Mon 10 Jun 2024, 9:10 AM New York time (4:10 PM your time, Nairobi).`,
    );
    expect(textOf(await bot.say(KEN_TECH, "Acknowledge the ping."))).toBe(
      `You had already acknowledged ping test ${testId} (technical POC of Kenya), at Mon 10 Jun 2024, 9:10 AM New York time (4:10 PM your time, Nairobi).`,
    );
    const report = await bot.say(SECRETARIAT, "ping test report");
    expect(textOf(report)).toContain("Acknowledged in time: 1\n");
  });

  it("cancel ping test: what was not sent is not sent, the test closes with a report, late clicks need nothing", async () => {
    const bot = await pingBot(handlerModules);
    const preview = await bot.say(SECRETARIAT, "start ping test all window 24h");
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const testId = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    bot.platform.faults.set(FRA_TECH.id, { transientTimes: 100 }); // FRA's ping is still being retried
    const before = bot.sent.length;
    await bot.deps.scheduler.tick();
    const pings = bot.sent.slice(before);
    const ackOf = (who: typeof KEN_TECH) =>
      button(
        pings.filter((m) => m.to === dmOf(who)),
        PING_ACTIONS.ack,
      );
    await bot.click(KEN_TECH, ackOf(KEN_TECH));

    expect(textOf(await bot.say(KEN_DIPLO, "cancel ping test"))).toBe(
      "Sorry, only the Secretariat can run ping tests.",
    );
    expect(textOf(await bot.say(SECRETARIAT, "cancel ping test 20990101-0000-ffff"))).toBe(
      "There is no ping test 20990101-0000-ffff. Nothing was cancelled.",
    );
    bot.clock.advance(30 * 60_000);
    expect(textOf(await bot.say(SECRETARIAT, "cancel ping test"))).toBe(
      `Ping test ${testId} is cancelled: 1 ping or reminder not yet sent will not be sent; acknowledgements already given still count. Its report follows.`,
    );
    expect(textOf(await bot.say(SECRETARIAT, `stop the ping test ${testId}`))).toMatch(
      new RegExp(`^Ping test ${testId} was already cancelled, at Mon 10 Jun 2024, 9:30 AM New York time`),
    );
    expect(textOf(await bot.click(KEN_DIPLO, ackOf(KEN_DIPLO)))).toMatch(
      /^This ping test was cancelled by the Secretariat \(.*\); no acknowledgement is needed\. Nothing was recorded\.$/,
    );
    // The same answer in the POC's language.
    await bot.say(KEN_DIPLO, "language: français");
    expect(textOf(await bot.click(KEN_DIPLO, ackOf(KEN_DIPLO)))).toMatch(
      /^Ce test ping a été annulé par le Secrétariat \(.*\) ; aucun accusé de réception n’est nécessaire\. Rien n’a été enregistré\.$/,
    );

    const afterCancel = bot.sent.length;
    bot.clock.advance(60_000);
    await bot.deps.scheduler.tick();
    await bot.deps.scheduler.tick();
    const toSecretariat = bot.sent.slice(afterCancel).filter((m) => m.to === dmOf(SECRETARIAT));
    expect(bot.sent.slice(afterCancel).filter((m) => m.to === dmOf(FRA_TECH))).toEqual([]);
    const report = textOf(toSecretariat);
    expect(report).toContain(`Ping test ${testId} — report (cancelled)`);
    expect(report).toContain(
      "In scope: 4\nDelivered: 2\nAcknowledged in time: 1\nLate: 0\nNo answer: 1\nFailed (not reached on any channel): 1\nNot pinged (test cancelled): 1",
    );
    expect(report).toContain("overall,all,,,,4,2,1,0,1,1,0,");
  });

  it("cancel ping test naming no test, while two run, cancels neither and lists them", async () => {
    const bot = await pingBot(handlerModules);
    const start = async (scope: string) => {
      const preview = await bot.say(SECRETARIAT, `start ping test ${scope}`);
      const started = textOf(await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start)));
      return /Ping test (\S+) started/.exec(started)?.[1] ?? "";
    };
    const first = await start("all window 24h");
    bot.clock.advance(60_000);
    const second = await start("technical window 24h");
    const refused = textOf(await bot.say(SECRETARIAT, "cancel ping test"));
    expect(refused).toMatch(/^2 ping tests are running: /);
    expect(refused).toContain(first);
    expect(refused).toContain(second);
    expect(refused).toMatch(/Nothing was cancelled\.$/);
    expect(textOf(await bot.say(SECRETARIAT, "ping tests"))).not.toContain("cancelled");
    // Named, it is cancelled; then only one runs, and "cancel ping test" takes it.
    expect(textOf(await bot.say(SECRETARIAT, `cancel ping test ${second}`))).toMatch(
      new RegExp(`^Ping test ${second} is cancelled`),
    );
    expect(textOf(await bot.say(SECRETARIAT, "cancel ping test"))).toMatch(
      new RegExp(`^Ping test ${first} is cancelled`),
    );
  });

  it("a start that crashed before queueing its pings is completed by the producer, each POC pinged once", async () => {
    const bot = await pingBot();
    const services = pingServices(bot.deps);
    const now = bot.clock.now();
    const test: PingTest = {
      id: "crashed",
      scope: { kind: "all" },
      windowMs: 3_600_000,
      startedAt: now.toISOString(),
      halfwayAt: new Date(now.getTime() + 1_800_000).toISOString(),
      closesAt: new Date(now.getTime() + 3_600_000).toISOString(),
      startedBy: {},
      targets: [
        {
          pocId: "KEN:technical",
          state: "KEN",
          type: "technical",
          emails: [KEN_TECH.email ?? ""],
          recipient: KEN_TECH.id,
        },
        {
          pocId: "FRA:technical",
          state: "FRA",
          type: "technical",
          emails: [FRA_TECH.email ?? ""],
          recipient: FRA_TECH.id,
        },
      ],
    };
    await services.tests.start(test, now); // …and the process died before ensurePings
    await bot.deps.scheduler.tick();
    await bot.deps.scheduler.tick();
    expect(
      (await bot.deps.outbox.campaign(pingCampaign("crashed"))).map((d) => [d.recipient, d.status]),
    ).toEqual([
      [FRA_TECH.id, "sent"],
      [KEN_TECH.id, "sent"],
    ]);
    expect(bot.sent.filter((m) => m.message.card?.title === "Ping test of the POC directory")).toHaveLength(
      2,
    );
  });
});

describe("listing ping tests", () => {
  it("ping tests: the latest tests with their scope, state and counts; an unknown report id lists them", async () => {
    const bot = await pingBot();
    expect(textOf(await bot.say(KEN_DIPLO, "ping tests"))).toBe(
      "Sorry, only the Secretariat can run ping tests.",
    );
    expect(textOf(await bot.say(SECRETARIAT, "list ping tests"))).toBe(
      'No ping test has been run yet. Say "start ping test all" to preview one.',
    );
    const start = async (scope: string) => {
      const preview = await bot.say(SECRETARIAT, `start ping test ${scope}`);
      const started = textOf(await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start)));
      await bot.deps.scheduler.tick();
      return /Ping test (\S+) started/.exec(started)?.[1] ?? "";
    };
    const first = await start("all window 2h");
    await bot.say(KEN_TECH, "acknowledge");
    bot.clock.advance(3 * 3_600_000);
    await bot.deps.scheduler.tick();
    const second = await start("technical window 24h");
    bot.clock.advance(60_000);
    await bot.say(SECRETARIAT, "cancel ping test");

    expect(textOf(await bot.say(SECRETARIAT, "ping tests"))).toBe(
      [
        "Latest ping tests (newest first):",
        `• ${second} — technical POCs, started Mon 10 Jun 2024, 12:00 PM New York time, cancelled Mon 10 Jun 2024, 12:01 PM New York time: 2 in scope, 2 delivered, 0 acknowledged in time, 0 late, 2 no answer, 0 failed`,
        `• ${first} — all POCs, started Mon 10 Jun 2024, 9:00 AM New York time, closed Mon 10 Jun 2024, 11:00 AM New York time: 4 in scope, 3 delivered, 1 acknowledged in time, 0 late, 2 no answer, 1 failed`,
        'Say "ping test report <id>" for one test\'s report and CSV.',
      ].join("\n"),
    );
    expect(textOf(await bot.say(SECRETARIAT, "show the recent ping tests"))).toMatch(/^Latest ping tests/);
    expect(textOf(await bot.say(SECRETARIAT, "ping test report 20990101"))).toBe(
      `There is no ping test 20990101. Recent ping tests: ${second}, ${first} (say "ping tests" for their dates and counts).`,
    );
    // The start of an id is enough when it names one test.
    expect(textOf(await bot.say(SECRETARIAT, "ping test report 20240610-13"))).toContain(
      `Ping test ${first} — report`,
    );
  });
});
