/**
 * The broadcast report says "reachable in chat" only when everything went by chat: with an
 * e-mail copy or people looked up (and else e-mailed) its counts are messages by chat and e-mail.
 */
import { describe, expect, it } from "vitest";
import { reportCard } from "../../handlers/broadcast/cards.js";
import type { Broadcast } from "../../handlers/broadcast/schema.js";

const broadcast = {
  id: "b1",
  text: "Room 4",
  selector: "everyone",
  audienceLabel: "everyone",
  requiresAck: false,
  authorId: "test:sec",
  authorName: "Sec",
  confirmedBy: "test:sec",
  confirmedAt: "2024-03-04T13:00:00.000Z",
  dueAt: "2024-03-04T13:00:00.000Z",
  reachable: 2,
  unreachable: 1,
  status: "reported",
} as unknown as Broadcast;
const tally = { total: 2, sent: 2, failed: 0, uncertain: 0, pending: 0, other: 0, acknowledged: 0 };
const labels = (recipients: Parameters<typeof reportCard>[3]) =>
  (reportCard(broadcast, tally, 1, recipients).sections.flatMap((s) => s.fields ?? []) ?? []).map(
    (f) => f.label,
  );

describe("the broadcast report's labels", () => {
  it("chat only: reachable in chat, unreachable means not met in chat", () => {
    expect(labels([{ key: "a", name: "A", userId: "test:a" }])).toEqual(
      expect.arrayContaining(["Reachable in chat", "Unreachable (not met in chat)"]),
    );
  });

  it("with people looked up or e-mailed: messages by chat and e-mail", () => {
    const withLookup = labels([
      { key: "a", name: "A", userId: "test:a" },
      { key: "b@x.org", name: "B", lookup: true },
    ]);
    expect(withLookup).toContain("Messages (chat and e-mail)");
    expect(withLookup).toContain("Unreachable (no chat account, no e-mail)");
    expect(withLookup).not.toContain("Reachable in chat");
  });
});
