import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { HttpServer } from "../../bot/http.js";
import { silentLogger } from "../../bot/logger.js";
import { loadCatalogue } from "../../bot/programme/load.js";
import { openStore } from "../../bot/store/index.js";
import { buildIcs, SequenceBook } from "../../handlers/calendar/ics.js";
import { dayNamed } from "../../handlers/calendar/parse.js";
import { allUnits, unitsOfDay } from "../../handlers/calendar/units.js";
import { CALENDAR_ACTION } from "../../handlers/reminders/render.js";
import { harness, people, testCatalogue, user, withRoster } from "../reminders/harness.js";

const NOW = new Date("2024-03-01T12:00:00Z");

type ParsedEvent = {
  type: string;
  uid: string;
  start: Date & { dateOnly?: boolean };
  end?: Date;
  summary: string;
  sequence?: string | number;
};

function events(text: string): ParsedEvent[] {
  return Object.values(ical.sync.parseICS(text))
    .filter((component) => component?.type === "VEVENT")
    .map((component) => component as unknown as ParsedEvent)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Serves the core's registered routes on a local port, as the app does. */
async function served(h: Awaited<ReturnType<typeof harness>>) {
  const http = new HttpServer(silentLogger());
  h.deps.routes?.mountOn(http);
  const port = await http.listen(0, "127.0.0.1");
  return { http, port };
}

describe(".ics files, parsed back by node-ical", () => {
  it("gives the right UTC instants either side of the daylight-saving change", async () => {
    const catalogue = loadCatalogue();
    const book = new SequenceBook((await openStore("memory:")).namespace("calendar"));
    const units = allUnits(catalogue);
    const parsed = events(buildIcs("All", units, await book.revisions(units, NOW), NOW));
    const byUid = new Map(parsed.map((event) => [event.uid, event]));
    expect(byUid.get("oewg-7-2024-03-07-am@delegate-bot")).toMatchObject({
      summary: "OEWG 7th session: Agenda item 5 (continued): Capacity-building",
      start: new Date("2024-03-07T15:00:00.000Z"),
      end: new Date("2024-03-07T18:00:00.000Z"),
    });
    expect(byUid.get("poc-meeting-1-2024-05-09@delegate-bot")).toMatchObject({
      start: new Date("2024-05-09T14:00:00.000Z"),
      end: new Date("2024-05-09T17:00:00.000Z"),
    });
    expect(byUid.get("oewg-7-reception-2024-03-04@delegate-bot")?.start).toEqual(
      new Date("2024-03-04T23:30:00.000Z"),
    );
    const milestone = parsed.find((event) => event.start.dateOnly);
    expect(milestone?.summary).toMatch(/ping/i);
    expect(parsed.length).toBe(units.length);
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(parsed.length);
  });

  it("keeps UIDs stable and raises SEQUENCE only when an event changed, so a re-import updates it", async () => {
    const store = (await openStore("memory:")).namespace("calendar");
    const book = new SequenceBook(store);
    const v1 = testCatalogue({
      zone: "America/New_York",
      meetings: [
        { id: "s-a", date: "2024-03-07", start: "10:00", end: "13:00" },
        { id: "s-b", date: "2024-03-07", start: "15:00", end: "18:00" },
      ],
    });
    const v2 = testCatalogue({
      zone: "America/New_York",
      meetings: [
        { id: "s-a", date: "2024-03-07", start: "11:00", end: "13:00" },
        { id: "s-b", date: "2024-03-07", start: "15:00", end: "18:00" },
      ],
    });
    const render = async (catalogue: typeof v1, at: Date) => {
      const units = unitsOfDay(catalogue, "2024-03-07");
      return events(buildIcs("Thursday", units, await book.revisions(units, at), at)).map((event) => [
        event.uid,
        String(event.sequence),
        event.start.toISOString(),
      ]);
    };
    const first = await render(v1, NOW);
    expect(first).toEqual([
      ["s-a@delegate-bot", "0", "2024-03-07T15:00:00.000Z"],
      ["s-b@delegate-bot", "0", "2024-03-07T20:00:00.000Z"],
    ]);
    expect(await render(v1, new Date("2024-03-02T00:00:00Z"))).toEqual(first);
    expect(await render(v2, new Date("2024-03-03T00:00:00Z"))).toEqual([
      ["s-a@delegate-bot", "1", "2024-03-07T16:00:00.000Z"],
      ["s-b@delegate-bot", "0", "2024-03-07T20:00:00.000Z"],
    ]);
  });

  it("reads days in the venue's zone: weekdays, dates, today", () => {
    const catalogue = loadCatalogue();
    const monday = new Date("2024-03-04T13:00:00Z");
    expect(dayNamed(catalogue, "thursday", monday)).toBe("2024-03-07");
    expect(dayNamed(catalogue, "thursday", new Date("2024-03-08T13:00:00Z"))).toBe("2024-05-09");
    expect(dayNamed(catalogue, "7 march", monday)).toBe("2024-03-07");
    expect(dayNamed(catalogue, "march 8th", monday)).toBe("2024-03-08");
    expect(dayNamed(catalogue, "today", new Date("2024-03-05T03:00:00Z"))).toBe("2024-03-04");
    expect(dayNamed(catalogue, "capacity-building", monday)).toBeUndefined();
  });
});

describe("calendar links in chat and the served feeds", () => {
  const env = { PUBLIC_URL: "https://bot.example.org/" };

  it("answers 'add Thursday to my calendar' with a personal link that serves the day", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", env });
    const { http, port } = await served(h);
    try {
      const answer = await h.say(user("paul", { timeZone: "Europe/Paris" }), "add Thursday to my calendar");
      const links = answer.match(/https:\/\/bot\.example\.org\/calendar\/[\w-]{32}\/[^\s]+/g) ?? [];
      expect(answer.split("\n")[0]).toBe("Thursday 7 March 2024 for your calendar");
      expect(links.map((link) => link.replace(/\/calendar\/[\w-]{32}\//, "/calendar/TOKEN/"))).toEqual([
        "https://bot.example.org/calendar/TOKEN/day/2024-03-07.ics",
        "https://bot.example.org/calendar/TOKEN/all.ics",
      ]);
      const response = await fetch(
        (links[0] as string).replace("https://bot.example.org", `http://127.0.0.1:${port}`),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const parsed = events(await response.text());
      expect(parsed.map((event) => [event.uid, event.start.toISOString()])).toEqual([
        ["oewg-7-2024-03-07-am@delegate-bot", "2024-03-07T15:00:00.000Z"],
        ["oewg-7-2024-03-07-pm@delegate-bot", "2024-03-07T20:00:00.000Z"],
      ]);
      const again = await h.say(user("paul"), "add capacity-building to my calendar");
      expect(again).toContain(`/calendar/${links[0]?.split("/")[4]}/session/oewg-7-2024-03-07-am.ics`);
      expect(again.split("\n")[0]).toBe("The event for your calendar");
      expect(again).toContain("Opening it again later updates it rather than adding copies");
      expect((await fetch(`http://127.0.0.1:${port}/calendar/${"x".repeat(32)}/all.ics`)).status).toBe(404);
      expect(
        (await fetch(`http://127.0.0.1:${port}/calendar/${links[0]?.split("/")[4]}/day/2024-03-09.ics`))
          .status,
      ).toBe(404);
    } finally {
      await http.close();
    }
  });

  // tester4 item 23: "I couldn't find "thursday morning" in the programme".
  it("'add thursday morning to my calendar' gives Thursday morning's session", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", env });
    const answer = await h.say(user("paul"), "add thursday morning to my calendar");
    expect(answer.split("\n")[0]).toBe("The event for your calendar");
    expect(answer).toMatch(/\/calendar\/[\w-]{32}\/session\/oewg-7-2024-03-07-am\.ics/);
    expect(answer).not.toContain("2024-03-07-pm");
  });

  it("'ajoute la session de jeudi matin a mon agenda' gives it too, in French", async () => {
    const { handlerModules } = await import("../../handlers/index.js");
    const h = await harness({ now: "2024-03-04T13:00:00Z", env, modules: handlerModules });
    const answer = await h.say(user("paul"), "ajoute la session de jeudi matin a mon agenda");
    expect(answer.split("\n")[0]).toBe("L'événement pour votre calendrier");
    expect(answer).toMatch(/\/session\/oewg-7-2024-03-07-am\.ics/);
    expect(answer).not.toContain("2024-03-07-pm");
  });

  it("names the one event in the reader's language (the data's translation), not in English", async () => {
    const { handlerModules } = await import("../../handlers/index.js");
    const h = await harness({ now: "2024-03-04T13:00:00Z", env, modules: handlerModules });
    await h.say(user("li"), "请用中文");
    const answer = await h.say(user("li"), "把星期四上午加到我的日历");
    expect(answer).toContain("议程项目5（续）：能力建设");
    expect(answer).not.toMatch(/Agenda item|Capacity-building|OEWG 7th session/);
  });

  it("serves 'mine' from reminders and RSVPs, and the button of a reminder gives the session", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", env });
    await withRoster(h);
    const { http, port } = await served(h);
    try {
      await h.say(people.ann, "rsvp attending");
      await h.say(people.ann, "remind me about the closure of the session");
      const answer = await h.say(people.ann, "add my sessions to my calendar");
      const link = answer.match(/https:\/\/bot\.example\.org(\/calendar\/[\w-]{32}\/mine\.ics)/)?.[1];
      const parsed = events(await (await fetch(`http://127.0.0.1:${port}${link}`)).text());
      expect(parsed.map((event) => event.uid)).toEqual([
        "oewg-7-reception-2024-03-04@delegate-bot",
        "oewg-7-2024-03-08-pm@delegate-bot",
      ]);
      expect(await h.press(people.ann, CALENDAR_ACTION, "session:oewg-7-capacity-building")).toMatch(
        /\/session\/oewg-7-2024-03-07-am\.ics/,
      );
    } finally {
      await http.close();
    }
  });

  it("resets the personal link: the old one stops working", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", env });
    const { http, port } = await served(h);
    try {
      const first = (await h.say(user("paul"), "calendar link")).match(
        /\/calendar\/[\w-]{32}\/all\.ics/,
      )?.[0];
      expect((await fetch(`http://127.0.0.1:${port}${first}`)).status).toBe(200);
      expect(await h.say(user("paul"), "reset my calendar link")).toMatch(
        /^Done: your old calendar links no longer work/,
      );
      expect((await fetch(`http://127.0.0.1:${port}${first}`)).status).toBe(404);
      const second = (await h.say(user("paul"), "calendar link")).match(
        /\/calendar\/[\w-]{32}\/all\.ics/,
      )?.[0];
      expect(second).not.toBe(first);
    } finally {
      await http.close();
    }
  });

  it("says clearly when PUBLIC_URL is not set, and when a phrase names nothing", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z" });
    expect(await h.say(user("paul"), "add Thursday to my calendar")).toBe(
      "I can't give you a calendar link: the bot's public web address (PUBLIC_URL) is not configured. Please ask the bot's administrator to set it.",
    );
    const withUrl = await harness({ now: "2024-03-04T13:00:00Z", env });
    expect(await withUrl.say(user("paul"), "add quantum gravity to my calendar")).toMatch(
      /^I couldn't find "quantum gravity" in the programme/,
    );
    expect(await withUrl.say(user("paul"), "add Saturday to my calendar")).toBe(
      "Nothing is in the programme on Saturday 9 March 2024.",
    );
    expect(await withUrl.say(user("paul"), "add Thursday to my calendar")).toContain(
      "the bot's web server is not running right now",
    );
  });
});
