/**
 * "you already had this reminder" only when that very reminder existed (tester 11, S1): a
 * reminder for the same session under another name is replaced, and said so, not "already had".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "./harness.js";

async function setup() {
  const h = await harness({ modules: handlerModules, now: "2024-03-04T13:00:00Z" });
  await withRoster(h);
  await h.say(people.peter, "remind me 15 min b4 every session pls");
  return h;
}

describe("'already had' is said of that reminder only", () => {
  it("a first reminder for capacity building is new, with the every-session one it overrides", async () => {
    const h = await setup();
    const answer = await h.say(people.peter, "also remind me about capacity building 1 hour before");
    expect(answer).toBe(
      "I'll remind you about Agenda item 5 (continued): Capacity-building: 1 hour before Thu 7 Mar, 10:00 AM–1:00 PM New York time (instead of your every-session reminder 15 minutes before).",
    );
  });

  it("the same session's reminder under another name is replaced, not 'already had'", async () => {
    const h = await setup();
    await h.say(people.peter, "remind me about thursday morning 1 hour before");
    const answer = await h.say(people.peter, "also remind me about capacity building 1 hour before");
    expect(answer).not.toContain("already had");
    expect(answer).toContain("which it replaces");
  });

  it("the very same reminder asked again is 'already had'", async () => {
    const h = await setup();
    await h.say(people.peter, "remind me about capacity building 1 hour before");
    expect(await h.say(people.peter, "remind me about capacity building 1 hour before")).toContain(
      "(you already had this reminder;",
    );
  });
});
