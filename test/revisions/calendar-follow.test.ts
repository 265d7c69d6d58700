/**
 * Calendars follow revisions: the whole-programme feed, parsed back by node-ical (an
 * independent parser), keeps every UID, raises the SEQUENCE of what changed, marks a
 * cancelled session STATUS:CANCELLED; provisional programmes are tentative; the reception
 * (no end in the letter) gets a display length; locations carry the city and "hybrid".
 */
import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { HttpServer } from "../../bot/http.js";
import { silentLogger } from "../../bot/logger.js";
import { CalendarTokens } from "../../handlers/calendar/tokens.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";
import { THURSDAY_AFTERNOON_CANCELLED, thursdayAfternoonAt } from "./revision-samples.js";

interface ParsedEvent {
  type: string;
  uid: string;
  start: Date;
  end?: Date;
  sequence?: string | number;
  status?: string;
  location?: string;
  description?: string;
}

function events(text: string): Map<string, ParsedEvent> {
  const parsed = Object.values(ical.sync.parseICS(text))
    .filter((component) => component?.type === "VEVENT")
    .map((component) => component as unknown as ParsedEvent);
  return new Map(parsed.map((event) => [event.uid, event]));
}

describe("calendar feeds across revisions", () => {
  it("keep UIDs, raise SEQUENCE on a change and mark a cancellation", async () => {
    const h = await harness({
      now: "2024-03-05T14:00:00Z",
      modules: handlerModules,
      env: { PUBLIC_URL: "https://bot.example" },
    });
    await withRoster(h);
    const http = new HttpServer(silentLogger());
    h.deps.routes?.mountOn(http);
    const port = await http.listen(0, "127.0.0.1");
    try {
      const token = await new CalendarTokens(h.deps.store.namespace("calendar")).tokenFor(
        "test:ann",
        h.clock.now(),
      );
      const feed = async () =>
        events(await (await fetch(`http://127.0.0.1:${port}/calendar/${token}/all.ics`)).text());
      const revise = async (file: string) => {
        await h.say(people.secretariat, `revise programme\n${file}`);
        expect(await h.say(people.secretariat, "publish")).toMatch(/^Published/);
      };
      const PM = "oewg-7-2024-03-07-pm@delegate-bot";
      const AM = "oewg-7-2024-03-07-am@delegate-bot";

      const first = await feed();
      expect(first.get(PM)).toMatchObject({
        sequence: 0,
        status: "TENTATIVE",
        start: new Date("2024-03-07T20:00:00Z"),
      });
      expect(first.get(PM)?.location).toBe("United Nations Headquarters, New York");
      expect(first.get("poc-meeting-1-2024-05-09@delegate-bot")).toMatchObject({
        status: "CONFIRMED",
        location: "United Nations Headquarters, New York (hybrid)",
      });
      const reception = first.get("oewg-7-reception-2024-03-04@delegate-bot");
      expect(reception?.end).toEqual(new Date("2024-03-05T01:30:00Z"));
      expect(reception?.description).toContain("The letter gives no end time; shown here as 2 hours.");

      await revise(thursdayAfternoonAt("15:30", "18:30"));
      const moved = await feed();
      expect([...moved.keys()].sort()).toEqual([...first.keys()].sort());
      expect(moved.get(PM)).toMatchObject({ sequence: 1, start: new Date("2024-03-07T20:30:00Z") });
      expect(moved.get(AM)?.sequence).toBe(0);

      await revise(THURSDAY_AFTERNOON_CANCELLED);
      const cancelled = await feed();
      expect(cancelled.get(PM)).toMatchObject({ sequence: 2, status: "CANCELLED" });
      expect(cancelled.get(AM)).toMatchObject({ sequence: 0, status: "TENTATIVE" });
    } finally {
      await http.close();
    }
  });
});
