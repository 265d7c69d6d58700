/**
 * "broadcasts" lists the drafts still waiting for their confirmation too, marked as drafts
 * and apart from what was sent: a member who composed and did not confirm saw nothing, and
 * could not tell whether it had gone out.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { broadcastCore, draftIdOf, makePeople, secretariatUser } from "./support/core.js";

const sec = secretariatUser("alpha");

describe("broadcasts: the list names the drafts", () => {
  it("a draft alone: no broadcast sent, and the draft, marked as one", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    const [preview] = await t.say(sec, "broadcast to delegates of Kenya: Room 4 at 15:00");
    const draft = draftIdOf(preview?.message.card);
    expect((await t.say(sec, "broadcasts")).map((r) => r.text)).toEqual([
      `No broadcasts yet.\nDrafts, not sent (a draft is kept for one hour):\n• ${draft} — draft by Secretariat, to delegates of Kenya (audience 1): Room 4 at 15:00`,
    ]);
  });

  it("sent broadcasts first, then the drafts, newest first; a confirmed or discarded draft is gone", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    const [first] = await t.say(sec, "broadcast to everyone: Sent one");
    const sent = draftIdOf(first?.message.card);
    await t.click(sec, ACTIONS.confirm, sent);
    await t.runUntilQuiet();
    const [older] = await t.say(sec, "broadcast to everyone: Older draft");
    t.clock.advance(60_000);
    const [newer] = await t.say(sec, "broadcast to delegates of Kenya: Newer draft");
    const [discarded] = await t.say(sec, "broadcast to everyone: Discarded");
    await t.click(sec, ACTIONS.cancel, draftIdOf(discarded?.message.card));
    expect((await t.say(sec, "broadcasts")).map((r) => r.text)).toEqual([
      [
        "Latest broadcasts:",
        `• ${sent} — reported, to everyone (audience 3, reachable 3): Sent one`,
        "Drafts, not sent (a draft is kept for one hour):",
        `• ${draftIdOf(newer?.message.card)} — draft by Secretariat, to delegates of Kenya (audience 1): Newer draft`,
        `• ${draftIdOf(older?.message.card)} — draft by Secretariat, to everyone (audience 3): Older draft`,
      ].join("\n"),
    ]);
  });
});
