import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { broadcastCore, delegateUser, dmOf, draftIdOf, makePeople, secretariatUser } from "./support/core.js";

const sec = secretariatUser("alpha");
const SEC_DM = dmOf(sec.id);

describe("broadcast: compose, preview, confirm", () => {
  it("previews the recipients per platform and the unreachable ones, and sends nothing before confirmation", async () => {
    const people = makePeople(40, ["alpha", "beta"]);
    people[10] = { ...people[10], userId: undefined } as (typeof people)[number]; // a head of delegation not met in chat
    const t = await broadcastCore({ people, platforms: ["alpha", "beta"] });
    const replies = await t.say(
      sec,
      "broadcast to heads of delegation: The afternoon meeting moves to Conference Room 4",
    );
    expect(replies).toHaveLength(1);
    const card = replies[0]?.message.card;
    expect(card?.title).toMatch(/^Broadcast preview \([0-9a-f]{8}\)$/);
    expect(card?.sections[0]).toEqual({
      heading: "Message",
      text: "The afternoon meeting moves to Conference Room 4",
    });
    // Heads of delegation: u0, u10, u20, u30 — all on "alpha" (even indices); u10 unreachable.
    expect(card?.sections[1]?.fields).toEqual([
      { label: "To", value: "heads of delegation" },
      { label: "When", value: "as soon as you confirm" },
      { label: "Acknowledgement", value: "not requested" },
      { label: "Audience", value: "4" },
      { label: "Reachable in chat", value: "3" },
      { label: "  on alpha", value: "3" },
      { label: "Unreachable", value: "1 (not yet met in chat: Person 10 (no State on the roster))" },
    ]);
    expect(card?.buttons?.map((b) => [b.actionId, b.label])).toEqual([
      [ACTIONS.confirm, "Send to 3 people"],
      [ACTIONS.cancel, "Cancel"],
    ]);
    await t.runUntilQuiet();
    expect(t.platforms.alpha?.sent.filter((s) => s.to !== SEC_DM)).toEqual([]);
    expect(t.platforms.beta?.sent).toEqual([]);
  });

  it("takes a selector typed in chat whole ('role:head_of_delegation: …'), colon and all", async () => {
    const people = makePeople(40, ["alpha", "beta"]);
    const t = await broadcastCore({ people, platforms: ["alpha", "beta"] });
    const [reply] = await t.say(sec, "broadcast to role:head_of_delegation: Room 4 now");
    const card = reply?.message.card;
    expect(card?.sections[0]).toEqual({ heading: "Message", text: "Room 4 now" });
    expect(card?.sections[1]?.fields?.slice(0, 1)).toEqual([
      { label: "To", value: "role:head_of_delegation" },
    ]);
    expect(card?.sections[1]?.fields?.find((field) => field.label === "Audience")?.value).toBe("4");
  });

  it("counts each platform separately and names a platform that is not connected", async () => {
    const people = [
      ...makePeople(6, ["alpha", "beta"]),
      {
        key: "x@y.org",
        name: "Gamma person",
        userId: "gamma:u1" as const,
        roles: ["delegate"],
        state: "KEN",
      },
    ];
    const t = await broadcastCore({ people, platforms: ["alpha", "beta"] });
    const [reply] = await t.say(sec, "broadcast to everyone: Coffee is served");
    expect(reply?.message.card?.sections[1]?.fields?.slice(3)).toEqual([
      { label: "Audience", value: "7" },
      { label: "Reachable in chat", value: "7" },
      { label: "  on alpha", value: "3" },
      { label: "  on beta", value: "3" },
      { label: "  on gamma", value: "1 (not connected now: these would fail)" },
      { label: "Unreachable", value: "none" },
    ]);
  });

  it("refuses anyone but the Secretariat, clearly, and a guessed draft id does nothing", async () => {
    const people = makePeople(10, ["alpha"]);
    const t = await broadcastCore({ people });
    const delegate = delegateUser("alpha");
    const refused = await t.say(delegate, "broadcast to everyone: Free lunch");
    expect(refused.map((r) => r.text)).toEqual([
      "Sorry, only the Secretariat can send broadcasts and see their reports.",
    ]);
    expect((await t.say(delegate, "broadcast")).map((r) => r.text)).toEqual([
      "Sorry, only the Secretariat can send broadcasts and see their reports.",
    ]);

    const [preview] = await t.say(sec, "broadcast to everyone: Real message");
    const draftId = draftIdOf(preview?.message.card);
    const clicked = await t.click(delegate, ACTIONS.confirm, draftId);
    expect(clicked.map((r) => r.text)).toEqual([
      "Sorry, only the Secretariat can send broadcasts and see their reports.",
    ]);
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.text.includes("Real message") && s.to !== SEC_DM)).toEqual([]);
    // The draft is still there for the Secretariat.
    await t.click(sec, ACTIONS.confirm, draftId);
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.text.includes("Real message") && s.to !== SEC_DM)).toHaveLength(10);
  });

  it("confirming twice sends once", async () => {
    const t = await broadcastCore({ people: makePeople(5, ["alpha"]) });
    const [preview] = await t.say(sec, "broadcast to everyone: Once only");
    const draftId = draftIdOf(preview?.message.card);
    const [first] = await t.click(sec, ACTIONS.confirm, draftId);
    expect(first?.text).toBe(
      `Broadcast ${draftId} to everyone: sending now, to 5 people. This message shows the progress.`,
    );
    const [second] = await t.click(sec, ACTIONS.confirm, draftId);
    expect(second?.text).toBe(`Broadcast ${draftId} was already confirmed (confirmed); it is sent once.`);
    await Promise.all([t.click(sec, ACTIONS.confirm, draftId), t.click(sec, ACTIONS.confirm, draftId)]);
    await t.runUntilQuiet();
    const deliveries = t.first.sent.filter((s) => s.text.includes("Once only") && s.to !== SEC_DM);
    expect(deliveries.map((d) => d.to).sort()).toEqual([
      "alpha:dm-u0",
      "alpha:dm-u1",
      "alpha:dm-u2",
      "alpha:dm-u3",
      "alpha:dm-u4",
    ]);
  });

  it("two confirmations racing on one draft create one broadcast", async () => {
    const t = await broadcastCore({ people: makePeople(5, ["alpha"]) });
    const [preview] = await t.say(sec, "broadcast to everyone: Race");
    const draftId = draftIdOf(preview?.message.card);
    await Promise.all([t.click(sec, ACTIONS.confirm, draftId), t.click(sec, ACTIONS.confirm, draftId)]);
    const texts = t.sentTo(SEC_DM).map((a) => a.text);
    expect(texts.filter((text) => text.includes("sending now"))).toHaveLength(1);
    expect(texts.filter((text) => text.includes("already confirmed"))).toHaveLength(1);
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.text.includes("Race") && s.to !== SEC_DM)).toHaveLength(5);
  });

  it("Cancel discards the draft: nothing is sent, and a later confirmation finds nothing", async () => {
    const t = await broadcastCore({ people: makePeople(5, ["alpha"]) });
    const [preview] = await t.say(sec, "broadcast to everyone: Never mind");
    const draftId = draftIdOf(preview?.message.card);
    expect((await t.click(sec, ACTIONS.cancel, draftId)).map((r) => r.text)).toEqual([
      "Draft discarded; nothing was sent.",
    ]);
    expect((await t.click(sec, ACTIONS.confirm, draftId)).map((r) => r.text)).toEqual([
      "That draft has expired or was discarded; nothing was sent. Please compose the broadcast again.",
    ]);
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.to !== SEC_DM)).toEqual([]);
  });

  it("the form: inputs become a preview, and every bad field is named", async () => {
    const t = await broadcastCore({ people: makePeople(12, ["alpha"]) });
    const [form] = await t.say(sec, "broadcast");
    expect(form?.message.card?.inputs?.map((input) => input.id)).toEqual([
      "text",
      "audience",
      "time",
      "ack",
      "language",
      "translations",
    ]);
    expect(form?.message.card?.buttons?.map((b) => b.actionId)).toEqual([ACTIONS.compose]);

    const [preview] = await t.click(sec, ACTIONS.compose, undefined, {
      text: "Line one\nLine two",
      audience: "delegates of Kenya and France",
      time: "tomorrow 9am",
      ack: "yes",
    });
    expect(preview?.message.card?.sections[1]?.fields?.slice(0, 5)).toEqual([
      { label: "To", value: "delegates of Kenya and France" },
      { label: "When", value: "Tue 5 Mar, 9:00 AM New York time" },
      { label: "Acknowledgement", value: "requested" },
      { label: "Audience", value: "6" },
      { label: "Reachable in chat", value: "6" },
    ]);

    const [problem] = await t.click(sec, ACTIONS.compose, undefined, {
      text: "",
      audience: "delegates of Atlantis",
      time: "whenever",
      ack: "perhaps",
    });
    expect(problem?.text).toBe(
      [
        "The broadcast was not prepared:",
        "• Message: write the text to send.",
        '• Audience: I don\'t recognise "atlantis" as a State. Use UN names or ISO 3166 alpha-3 codes, e.g. "delegates of Kenya and FRA".',
        '• Send at: I can\'t read "whenever" as a time; write e.g. "14:00", "tomorrow 9am" or "on Thursday at 10am" (New York time).',
        '• Requires acknowledgement: "Requires acknowledgement" should be yes or no, not "perhaps".',
      ].join("\n"),
    );
  });

  it("bad commands get specific answers and store nothing", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    const answers = async (text: string) => (await t.say(sec, text)).map((r) => r.text);
    expect(await answers("broadcast to everyone")).toEqual([
      'Write the audience, then a colon, then the message, e.g. "broadcast to heads of delegation: The afternoon meeting moves to Conference Room 4". Add "at 14:00" or "tomorrow 9am" before the colon to schedule it, and "requiring acknowledgement" to ask recipients to confirm.',
    ]);
    expect(await answers("broadcast to everyone:")).toEqual([
      "The message is empty: write it after the colon.",
    ]);
    expect((await answers("broadcast to the chess club: hello"))[0]).toMatch(
      /^I don't know the audience "the chess club"\. Try: everyone, heads of delegation/,
    );
    expect(await answers("broadcast to everyone at 25:00: bad time")).toEqual([
      'I can\'t read "at 25:00" as a time; write e.g. "at 14:00", "tomorrow 9am" or "on Thursday at 10am" (New York time).',
    ]);
    expect(await answers("broadcast to everyone today at 7am: too late")).toEqual([
      '"today at 7am" (Mon 4 Mar, 7:00 AM New York time) is in the past; it is now Mon 4 Mar, 8:00 AM New York time. Give a later time, or leave the time out to send on confirmation.',
    ]);
    expect(await answers("broadcast to everyone yesterday at 9am: past time")).toEqual([
      '"yesterday at 9am" (Sun 3 Mar, 9:00 AM New York time) is in the past; it is now Mon 4 Mar, 8:00 AM New York time. Give a later time, or leave the time out to send on confirmation.',
    ]);
    const drafts = await t.store.namespace("broadcast").list("draft:", (await import("zod")).z.unknown());
    expect(drafts).toEqual([]);
  });

  it("an empty audience is named as such, apart from an audience nobody in which can be reached", async () => {
    const people = makePeople(4, ["alpha"]);
    const t = await broadcastCore({ people });
    const [empty] = await t.say(sec, "broadcast to delegates of Austria: nobody");
    expect(empty?.message.card?.sections[1]?.fields?.slice(3)).toEqual([
      { label: "Audience", value: "0" },
      { label: "Reachable in chat", value: "0" },
      { label: "Unreachable", value: "none" },
    ]);
    expect(empty?.message.card?.footer).toBe(
      "The roster has nobody in this audience (delegates of Austria), so there is nothing to send.",
    );
    expect(empty?.message.card?.buttons?.map((b) => b.label)).toEqual(["Discard"]);
    expect((await t.click(sec, ACTIONS.confirm, draftIdOf(empty?.message.card))).map((r) => r.text)).toEqual([
      "The roster has nobody in this audience (delegates of Austria), so there is nothing to send.",
    ]);

    t.setPeople(people.map((p) => ({ ...p, userId: undefined })));
    const [unreachable] = await t.say(sec, "broadcast to delegates of Kenya: nobody reachable");
    expect(unreachable?.message.card?.footer).toBe(
      "Nobody in this audience has talked to me in chat yet, so there is nothing to send.",
    );
    expect(
      (await t.click(sec, ACTIONS.confirm, draftIdOf(unreachable?.message.card))).map((r) => r.text),
    ).toEqual(["Nobody in this audience has talked to me in chat yet, so there is nothing to send."]);
  });

  it("an audience no feature provides is refused by name", async () => {
    const t = await broadcastCore({
      people: makePeople(3, ["alpha"]),
      audiences: ["everyone", "role", "state"],
    });
    const [answer] = await t.say(sec, "broadcast to technical POCs: ping");
    expect(answer?.text).toMatch(
      /^I can't reach technical POCs yet: no installed feature provides that audience\. Audiences I know: everyone \(e\.g\. everyone\);/,
    );
  });

  it("a scheduled broadcast waits for its time (venue zone), then goes out", async () => {
    const t = await broadcastCore({ people: makePeople(3, ["alpha"]) });
    const [preview] = await t.say(sec, "broadcast to everyone at 14:00: Room change");
    expect(preview?.message.card?.sections[1]?.fields?.[1]).toEqual({
      label: "When",
      value: "Mon 4 Mar, 2:00 PM New York time",
    });
    const [confirmed] = await t.click(sec, ACTIONS.confirm, draftIdOf(preview?.message.card));
    expect(confirmed?.text).toMatch(/: scheduled for Mon 4 Mar, 2:00 PM New York time, to 3 people\./);
    const [list] = await t.say(sec, "broadcasts");
    expect(list?.text).toMatch(
      /— scheduled for Mon 4 Mar, 2:00 PM New York time, to everyone \(audience 3, reachable 3\): Room change$/m,
    );
    const [report] = await t.say(sec, "broadcast report");
    expect(report?.message.card?.title).toContain(draftIdOf(preview?.message.card));
    const [byId] = await t.say(sec, `broadcast report ${draftIdOf(preview?.message.card)} please`);
    expect(byId?.message.card?.title).toContain(draftIdOf(preview?.message.card));
    await t.deps.scheduler.tick();
    t.clock.set("2024-03-04T13:59:00-05:00");
    await t.deps.scheduler.tick();
    expect(t.first.sent.filter((s) => s.text.includes("Room change") && s.to !== SEC_DM)).toEqual([]);
    t.clock.set("2024-03-04T14:00:00-05:00");
    await t.runUntilQuiet();
    expect(t.first.sent.filter((s) => s.text.includes("Room change") && s.to !== SEC_DM)).toHaveLength(3);
  });
});
