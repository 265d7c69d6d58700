/**
 * Reminders follow revisions: exactly the reminders the new programme implies, around a move
 * earlier, a move later after the reminder was sent, a cancellation, and a restart between
 * the revision and the reminder.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";
import { THURSDAY_AFTERNOON_CANCELLED, thursdayAfternoonAt } from "./revision-samples.js";

type Harness = Awaited<ReturnType<typeof harness>>;

/** Titles of the reminders a user received. */
const remindersTo = (h: Harness, name: string) =>
  h
    .textsTo(name)
    .filter((text) => text.startsWith("Reminder:"))
    .map((text) => text.split("\n")[0]);

async function revise(h: Harness, file: string): Promise<void> {
  await h.say(people.secretariat, `revise programme\n${file}`);
  const answer = await h.say(people.secretariat, "publish");
  if (!answer.startsWith("Published")) throw new Error(answer);
}

async function at(h: Harness, iso: string): Promise<void> {
  h.clock.set(iso);
  await h.deps.scheduler.tick();
}

/** Claire follows Thursday afternoon (20:00Z), 15 minutes before. */
async function following(now: string, storeUrl?: string): Promise<Harness> {
  const h = await harness({ now, storeUrl, modules: handlerModules });
  await withRoster(h);
  await h.say(people.claire, "remind me about regular institutional dialogue");
  await h.deps.scheduler.tick();
  return h;
}

describe("reminders after a revision", () => {
  it("a session moved later after its reminder was sent is reminded again before the new time", async () => {
    const h = await following("2024-03-07T19:30:00Z");
    await at(h, "2024-03-07T19:46:00Z");
    expect(remindersTo(h, "claire")).toEqual([
      "Reminder: Agenda item 5 (continued): Regular institutional dialogue starts in 14 minutes",
    ]);
    await revise(h, thursdayAfternoonAt("16:00", "18:30"));
    await at(h, "2024-03-07T20:30:00Z");
    expect(remindersTo(h, "claire")).toHaveLength(1);
    await at(h, "2024-03-07T20:46:00Z");
    expect(remindersTo(h, "claire")).toEqual([
      "Reminder: Agenda item 5 (continued): Regular institutional dialogue starts in 14 minutes",
      "Reminder: Agenda item 5 (continued): Regular institutional dialogue starts in 14 minutes",
    ]);
    expect(h.textsTo("claire").at(-1)).toContain("⚠ This has moved");
    await at(h, "2024-03-07T21:30:00Z");
    expect(remindersTo(h, "claire")).toHaveLength(2);
  });

  it("a session moved later before its reminder: nothing at the old time, one at the new", async () => {
    const h = await following("2024-03-07T19:00:00Z");
    await revise(h, thursdayAfternoonAt("15:30", "18:30"));
    await at(h, "2024-03-07T19:46:00Z");
    expect(remindersTo(h, "claire")).toEqual([]);
    await at(h, "2024-03-07T20:16:00Z");
    await at(h, "2024-03-07T20:40:00Z");
    expect(remindersTo(h, "claire")).toEqual([
      "Reminder: Agenda item 5 (continued): Regular institutional dialogue starts in 14 minutes",
    ]);
  });

  it("a session moved earlier is reminded at its new time, once", async () => {
    const h = await following("2024-03-07T19:00:00Z");
    await revise(h, thursdayAfternoonAt("14:30", "17:30"));
    await at(h, "2024-03-07T19:16:00Z");
    await at(h, "2024-03-07T19:50:00Z");
    await at(h, "2024-03-07T20:30:00Z");
    expect(remindersTo(h, "claire")).toEqual([
      "Reminder: Agenda item 5 (continued): Regular institutional dialogue starts in 14 minutes",
    ]);
  });

  it("a cancelled session sends no reminder, and its followers are told it is cancelled", async () => {
    const h = await following("2024-03-07T19:00:00Z");
    await revise(h, THURSDAY_AFTERNOON_CANCELLED);
    await at(h, "2024-03-07T19:46:00Z");
    await at(h, "2024-03-07T20:30:00Z");
    expect(remindersTo(h, "claire")).toEqual([]);
    expect(h.textsTo("claire").join("\n")).toContain(
      "Regular institutional dialogue (Thu 7 Mar, 3:00 PM–6:00 PM) is CANCELLED",
    );
  });

  it("after a restart between the revision and the reminder, only the new time is reminded", async () => {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), "revisions-")), "bot.sqlite")}`;
    const first = await following("2024-03-07T19:00:00Z", url);
    await revise(first, thursdayAfternoonAt("15:30", "18:30"));
    await first.store.close();

    const second = await harness({ now: "2024-03-07T19:40:00Z", storeUrl: url, modules: handlerModules });
    // As startBot does: the version in force comes from the store.
    await second.deps.programmes.refresh();
    expect(second.deps.programmes.version).toBe(2);
    await second.deps.scheduler.tick();
    await at(second, "2024-03-07T19:46:00Z");
    expect(remindersTo(second, "claire")).toEqual([]);
    await at(second, "2024-03-07T20:16:00Z");
    expect(remindersTo(second, "claire")).toEqual([
      "Reminder: Agenda item 5 (continued): Regular institutional dialogue starts in 14 minutes",
    ]);
    await second.store.close();
  });
});
