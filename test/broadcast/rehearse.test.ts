/**
 * A rehearsal: the Secretariat member sees a draft as its readers will, in a message to
 * themselves only, before confirming it. It is of the draft they are looking at: their newest
 * one, or the one they name; never an older draft, and never anyone else's inbox.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { broadcastCore, dmOf, draftIdOf, makePeople, secretariatUser } from "./support/core.js";

const sec = secretariatUser("alpha");
const SEC_DM = dmOf(sec.id);

async function twoDrafts() {
  const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
  const [older] = await t.say(sec, "broadcast to everyone: Old wording, room 3");
  t.clock.advance(60_000);
  const [newer] = await t.say(sec, "broadcast to everyone requiring acknowledgement: New wording, room 4");
  return { t, older: draftIdOf(older?.message.card), newer: draftIdOf(newer?.message.card) };
}

describe("rehearsing a broadcast", () => {
  it.each(["rehearse broadcast", "test broadcast", "test the broadcast", "send me a test of the broadcast"])(
    "'%s' shows the newest draft, to the member only",
    async (said) => {
      const { t, newer } = await twoDrafts();
      const before = t.first.sent.length;
      const shown = await t.say(sec, said);
      const text = shown.map((s) => s.message.text).join("\n");
      expect(text).toContain(`Rehearsal of draft ${newer}`);
      expect(text).toContain("New wording, room 4");
      expect(text).not.toContain("Old wording");
      // Nobody else got anything, and the rehearsal's card has no Acknowledge to click.
      expect(t.first.sent.slice(before).every((s) => s.to === SEC_DM)).toBe(true);
      expect(shown.flatMap((s) => s.message.card?.buttons ?? [])).toEqual([]);
      await t.runUntilQuiet();
      expect(t.first.sent.filter((s) => s.to !== SEC_DM)).toEqual([]);
    },
  );

  it("the draft named, even an older one; the draft still waits for its Confirm", async () => {
    const { t, older } = await twoDrafts();
    const text = (await t.say(sec, `rehearse broadcast ${older}`)).map((s) => s.message.text).join("\n");
    expect(text).toContain(`Rehearsal of draft ${older}`);
    expect(text).toContain("Old wording, room 3");
    await t.click(sec, ACTIONS.confirm, older);
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.to !== SEC_DM && s.text.includes("Old wording"))).toHaveLength(3);
  });

  it("with no draft, or a draft that is gone: said so, nothing sent", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    expect((await t.say(sec, "rehearse broadcast")).map((s) => s.message.text)).toEqual([
      'You have no broadcast draft waiting (a draft is kept for one hour). Compose the broadcast first ("broadcast to …: <text>"), then say "rehearse broadcast". Nothing was sent.',
    ]);
    expect((await t.say(sec, "rehearse broadcast 0000abcd")).map((s) => s.message.text)).toEqual([
      'There is no broadcast draft 0000abcd waiting: it was confirmed, discarded or has expired (a draft is kept for one hour). Say "broadcasts" to list the drafts. Nothing was sent.',
    ]);
    expect(t.first.sent.filter((s) => s.to !== SEC_DM)).toEqual([]);
  });
});
