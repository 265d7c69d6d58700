import { describe, expect, it } from "vitest";
import type { MessageEvent } from "../../bot/types.js";
import { handlerModules } from "../../handlers/index.js";
import { testCore } from "../support/core.js";
import { recordingAdapter } from "../support/recording-adapter.js";

async function askHelp(verifiedEmail?: string) {
  const { core, deps } = await testCore({ modules: handlerModules, secretariatEmails: ["desk@un.org"] });
  const platform = recordingAdapter("test");
  deps.messenger.add(platform.adapter);
  const event: MessageEvent = {
    kind: "message",
    id: "help-1",
    text: "help",
    isDirect: true,
    address: "test:dm-u1",
    user: { id: "test:u1", displayName: "U1", verifiedEmail, isBot: false, isMe: false },
  };
  await core.sink.dispatch(event);
  return platform.sent[0]?.text ?? "";
}

describe("help", () => {
  it("shows a delegate what delegates can do, without Secretariat commands", async () => {
    const text = await askHelp();
    expect(text.split("\n")[0]).toBe("Here is what you can ask me");
    for (const heading of ["The programme", "Reminders", "Reception RSVPs", "POC directory"]) {
      expect(text).toContain(heading);
    }
    // No PUBLIC_URL in this core: calendar links cannot be served, so help does not offer them
    // (with it, test/reminders shows the section).
    expect(text).not.toContain("Calendar");
    for (const hidden of [
      "Broadcasts",
      "Roster",
      "Ping tests",
      "who hasn't confirmed?",
      "set reception capacity",
    ]) {
      expect(text).not.toContain(hidden);
    }
  });

  it("shows the Secretariat its own commands as well", async () => {
    const text = await askHelp("desk@un.org");
    for (const shown of [
      "The programme",
      "Broadcasts",
      "Roster",
      "Ping tests",
      "who hasn't confirmed?",
      "set reception capacity",
    ]) {
      expect(text).toContain(shown);
    }
  });
});
