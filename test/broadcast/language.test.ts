/**
 * A broadcast's own words (title, Acknowledge button, the request to acknowledge) are in each
 * recipient's language; the Secretariat's text is as written.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { createBroadcastModule } from "../../handlers/broadcast/module.js";
import { identity } from "../../handlers/identity.js";
import { inputGuard } from "../../handlers/input-guard.js";
import { language } from "../../handlers/language.js";
import { roster } from "../../handlers/roster/module.js";
import { testCore } from "../support/core.js";
import { recordingAdapter } from "../support/recording-adapter.js";
import { action, draftIdOf, message, rosterMember, SECRETARIAT_EMAIL } from "./support/core.js";

const ROSTER = [
  "email,name,state,roles",
  "ann@mission.ke,Ann Wanjiru,KEN,head of delegation",
  "bob@mission.fr,Bob Martin,FRA,head of delegation",
].join("\n");

describe("a broadcast in each recipient's language", () => {
  it("frames the Secretariat's text in the recipient's language, the text itself as written", async () => {
    const { core, deps, clock } = await testCore({
      modules: [inputGuard, identity, language, roster, createBroadcastModule()],
      secretariatEmails: [SECRETARIAT_EMAIL],
    });
    const platform = recordingAdapter("test");
    deps.messenger.add(platform.adapter);
    expect(await deps.people.importRoster(ROSTER, "test", clock.now())).toMatchObject({ ok: true });
    const sec = rosterMember("sec", SECRETARIAT_EMAIL);
    await core.sink.dispatch(message(rosterMember("ann", "ann@mission.ke"), "hello"));
    await core.sink.dispatch(message(rosterMember("bob", "bob@mission.fr"), "language: français"));
    await core.sink.dispatch(
      message(sec, "broadcast to heads of delegation, requiring acknowledgement: Room 4 at 13:15"),
    );
    await core.sink.dispatch(action(sec, ACTIONS.confirm, draftIdOf(platform.sent.at(-1)?.message.card)));
    await deps.scheduler.tick();
    const to = (who: string) =>
      platform.sent.filter((s) => s.to === `test:dm-${who}` && s.text.includes("Room 4"));
    const [toBob] = to("bob");
    expect(toBob?.message.card?.title).toBe("Message du Secrétariat");
    expect(toBob?.message.card?.buttons?.[0]?.label).toBe("Accuser réception");
    expect(toBob?.message.card?.footer).toBe("Merci d’accuser réception de ce message.");
    expect(toBob?.text).toContain("Room 4 at 13:15");
    expect(to("ann")[0]?.message.card?.title).toBe("Message from the Secretariat");

    // Acknowledging answers in the recipient's language too, the button and the typed word.
    const bob = rosterMember("bob", "bob@mission.fr");
    const id = toBob?.message.card?.buttons?.[0]?.value ?? "";
    const answers = () => platform.sent.filter((s) => s.to === "test:dm-bob").map((s) => s.text);
    await core.sink.dispatch(action(bob, ACTIONS.acknowledge, id));
    expect(answers().at(-1)).toBe("Merci : votre accusé de réception est enregistré.");
    await core.sink.dispatch(action(bob, ACTIONS.acknowledge, id));
    expect(answers().at(-1)).toBe("Vous aviez déjà accusé réception de ce message ; merci.");
    const ann = rosterMember("ann", "ann@mission.ke");
    await core.sink.dispatch(action(ann, ACTIONS.acknowledge, "00000000"));
    expect(platform.sent.filter((s) => s.to === "test:dm-ann").at(-1)?.text).toBe(
      "There is no acknowledgement to record for you on that message.",
    );
  });
});
