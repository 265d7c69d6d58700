/**
 * Broadcasts over the audiences the roster module registers (the real one): roster people
 * are reachable once they have written to the bot from an account with their verified email.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { createBroadcastModule } from "../../handlers/broadcast/module.js";
import { identity } from "../../handlers/identity.js";
import { inputGuard } from "../../handlers/input-guard.js";
import { roster } from "../../handlers/roster/module.js";
import { testCore } from "../support/core.js";
import { recordingAdapter } from "../support/recording-adapter.js";
import { action, draftIdOf, message, rosterMember, SECRETARIAT_EMAIL } from "./support/core.js";

const ROSTER = [
  "email,name,state,roles",
  "ann@mission.ke,Ann Wanjiru,KEN,head of delegation",
  "bob@mission.fr,Bob Martin,FRA,head of delegation",
  "cho@mission.sg,Cho Wei,SGP,head of delegation",
  "dan@mission.ke,Dan Otieno,KEN,delegate",
].join("\n");

describe("broadcast with the roster's audiences", () => {
  it("heads of delegation who have written to the bot are reached; the others are listed as unreachable", async () => {
    const { core, deps, clock } = await testCore({
      modules: [inputGuard, identity, roster, createBroadcastModule()],
      secretariatEmails: [SECRETARIAT_EMAIL],
    });
    const platform = recordingAdapter("test");
    deps.messenger.add(platform.adapter);
    expect(await deps.people.importRoster(ROSTER, "test", clock.now())).toMatchObject({ ok: true, count: 4 });
    const sec = rosterMember("sec", SECRETARIAT_EMAIL);
    for (const [id, email] of [
      ["ann", "ann@mission.ke"],
      ["bob", "bob@mission.fr"],
      ["dan", "dan@mission.ke"],
    ] as const) {
      await core.sink.dispatch(message(rosterMember(id, email), "hello"));
    }
    await core.sink.dispatch(
      message(sec, "broadcast to heads of delegation: Heads of delegation meet in Room 4 at 13:15"),
    );
    const preview = platform.sent.at(-1)?.message.card;
    expect(preview?.sections[1]?.fields?.slice(3)).toEqual([
      { label: "Audience", value: "3" },
      { label: "Reachable in chat", value: "2" },
      { label: "  on test", value: "2" },
      { label: "Unreachable", value: "1 (not yet met in chat: Cho Wei (Singapore))" },
    ]);
    await core.sink.dispatch(action(sec, ACTIONS.confirm, draftIdOf(preview)));
    await deps.scheduler.tick();
    expect(
      platform.sent
        .filter((s) => s.text.includes("Room 4 at 13:15") && s.to !== "test:dm-sec")
        .map((s) => s.to)
        .sort(),
    ).toEqual(["test:dm-ann", "test:dm-bob"]);

    await core.sink.dispatch(
      message(sec, "broadcast to delegates of Kenya: Kenyan delegation photo at 12:45"),
    );
    const kenya = platform.sent.at(-1)?.message.card;
    expect(kenya?.sections[1]?.fields?.slice(3, 5)).toEqual([
      { label: "Audience", value: "2" },
      { label: "Reachable in chat", value: "2" },
    ]);
  });
});
