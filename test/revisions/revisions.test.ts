/**
 * Revising the programme in chat: a revised file is previewed item by item with who it
 * concerns, published on confirmation as a new version, listed in the history, restored;
 * a malformed file changes nothing and says where it is wrong; notices go once per person.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { draftSchema } from "../../handlers/revisions/drafts.js";
import { noticeCampaign } from "../../handlers/revisions/notices.js";
import { harness, people, withRoster } from "../reminders/harness.js";
import { OEWG, thursdayAfternoonAt } from "./revision-samples.js";

const MOVED = thursdayAfternoonAt("15:30", "18:30");

/** The local start time of an occurrence in the version in force. */
function startOf(h: Awaited<ReturnType<typeof harness>>, id: string): string | undefined {
  const occurrence = h.deps.catalogue.byId.get(id);
  return occurrence && occurrence.kind !== "notice" ? occurrence.startTime : undefined;
}

async function setUp() {
  const h = await harness({ now: "2024-03-05T14:00:00Z", modules: handlerModules });
  await withRoster(h);
  return h;
}

describe("a revised programme file", () => {
  it("is previewed item by item with who is affected, and published only on confirmation", async () => {
    const h = await setUp();
    await h.say(people.claire, "remind me about regular institutional dialogue");
    await h.say(people.ann, "remind me before every session");
    await h.say(people.li, "remind me about the reception");
    const preview = await h.say(people.secretariat, `revise programme\n${MOVED}`);
    expect(preview).toContain("Revision of the programme (from version 1) — preview, not published yet");
    expect(preview).toMatch(
      /moved to Thu 7 Mar, 3:30 PM–6:30 PM New York time \(was Thu 7 Mar, 3:00 PM–6:00 PM\)/,
    );
    expect(preview).toContain("2 with reminders, 0 with RSVPs");
    expect(preview).toContain("2 people will be told, once each");
    // Nothing is published before the confirmation.
    expect(h.deps.programmes.version).toBe(1);
    expect(startOf(h, "oewg-7-2024-03-07-pm")).toBe("15:00");

    const published = await h.say(people.secretariat, "publish");
    expect(published).toMatch(/^Published version 2 \(1 change\)\. 2 people are being told/);
    expect(h.deps.programmes.version).toBe(2);
    expect(startOf(h, "oewg-7-2024-03-07-pm")).toBe("15:30");
    const notices = await h.deps.outbox.campaign(noticeCampaign(2));
    expect(notices.map((delivery) => delivery.recipient).sort()).toEqual(["test:ann", "test:claire"]);

    await h.deps.outbox.drain();
    const toClaire = h.textsTo("claire").at(-1) ?? "";
    expect(toClaire).toContain("The programme has changed (version 2, Tue 5 Mar)");
    expect(toClaire).toContain(
      "moved to Thu 7 Mar, 3:30 PM–6:30 PM New York time (Thu 7 Mar, 9:30 PM – Fri 8 Mar, 12:30 AM your time (Paris)) (was Thu 7 Mar, 3:00 PM–6:00 PM)",
    );
    expect(h.textsTo("li").join("\n")).not.toContain("The programme has changed");
  });

  it("tells each person in their own language", async () => {
    const h = await setUp();
    await h.say(people.claire, "language: français");
    await h.say(people.claire, "remind me about regular institutional dialogue");
    await h.say(people.ann, "remind me about regular institutional dialogue");
    await h.say(people.secretariat, `revise programme\n${MOVED}`);
    await h.say(people.secretariat, "publish");
    await h.deps.outbox.drain();
    const toClaire = h.textsTo("claire").at(-1) ?? "";
    expect(toClaire).toContain("Le programme a changé (version 2,");
    expect(toClaire).toContain("déplacé à jeudi 7 mars, 15:30–18:30 heure de New York");
    // What moved, by its French title (the data's translation of the stored English label).
    expect(toClaire).toContain("Dialogue institutionnel régulier");
    expect(toClaire).not.toContain("Regular institutional dialogue");
    // Where it was, in French too (the stored words are the Secretariat's English).
    expect(toClaire).toContain("(auparavant jeudi 7 mars, 15:00–18:00)");
    expect(toClaire).not.toContain("Thu 7 Mar");
    // The command it quotes is French, and typing it turns the notices off.
    expect(toClaire).toContain("« arrête les avis de modification »");
    expect(toClaire).not.toMatch(/moved to|The programme has changed|change notices/);
    expect(await h.say(people.claire, "arrête les avis de modification")).toMatch(
      /^C’est fait\u202f: je ne vous enverrai plus d’avis de modification du programme\. Écrivez « reprends les avis de modification »/,
    );
    expect(await h.say(people.claire, "reprends les avis de modification")).toMatch(/^C’est fait/);
    expect(h.textsTo("ann").at(-1)).toContain("The programme has changed (version 2, Tue 5 Mar)");
  });

  it("that is malformed changes nothing and names the path in the file", async () => {
    const h = await setUp();
    const broken = OEWG.replace('start: "15:00"\n    end: "18:00"', 'start: "15:00"\n    end: "14:00"');
    const answer = await h.say(people.secretariat, `revise programme\n${broken}`);
    expect(answer).toMatch(/^Nothing was changed: the revised file has 1 problem\./);
    expect(answer).toMatch(/• data\/oewg-7th-session\.yaml: meetings\[1\]\.end: must be after start/);
    expect(await h.say(people.secretariat, "publish")).toMatch(/There is no revision waiting/);
    expect(h.deps.programmes.version).toBe(1);
  });

  it("is refused to anyone but the Secretariat", async () => {
    const h = await setUp();
    expect(await h.say(people.ann, `revise programme\n${MOVED}`)).toBe(
      "Sorry, only the Secretariat can revise the programme.",
    );
    expect(await h.say(people.ann, "restore version 1")).toBe(
      "Sorry, only the Secretariat can revise the programme.",
    );
    expect(h.deps.programmes.version).toBe(1);
  });

  it("is listed in the history and undone by restoring a version (itself a new version)", async () => {
    const h = await setUp();
    await h.say(people.secretariat, `revise programme\n${MOVED}`);
    await h.say(people.secretariat, "publish");
    const history = await h.say(people.secretariat, "programme history");
    expect(history).toContain("• Version 1 — at start, data/: the programme files in data/");
    expect(history).toContain(
      "▶ Version 2 — Tue 5 Mar, 9:00 AM, desk@un.example: revised data/oewg-7th-session.yaml (1 change)",
    );
    expect(await h.say(people.secretariat, "restore version 9")).toBe(
      "There is no version 9: versions run from 1 to 2.",
    );
    const preview = await h.say(people.secretariat, "restore version 1");
    expect(preview).toContain(
      "moved to Thu 7 Mar, 3:00 PM–6:00 PM New York time (was Thu 7 Mar, 3:30 PM–6:30 PM)",
    );
    expect(await h.say(people.secretariat, "publish")).toMatch(/^Published version 3/);
    expect(startOf(h, "oewg-7-2024-03-07-pm")).toBe("15:00");
    expect(await h.say(people.secretariat, "programme history")).toContain("▶ Version 3");
  });

  it("tells nobody who turned change notices off, and the button of an old preview publishes nothing", async () => {
    const h = await setUp();
    await h.say(people.claire, "remind me about regular institutional dialogue");
    expect(await h.say(people.claire, "stop change notices")).toMatch(
      /^Done: I won't send you programme change notices/,
    );
    await h.say(people.secretariat, `revise programme\n${MOVED}`);
    const draftId = (await h.deps.store.namespace("revisions").list("draft:", draftSchema))[0]?.value.id;
    await h.say(people.secretariat, `revise programme\n${MOVED.replace('"15:30"', '"15:45"')}`);
    expect(await h.press(people.secretariat, "revisions:publish", draftId ?? "")).toMatch(
      /replaced by a newer one/,
    );
    expect(await h.say(people.secretariat, "publish")).toMatch(/0 people are being told/);
    expect(await h.deps.outbox.campaign(noticeCampaign(2))).toEqual([]);
  });
});

describe("answers after a revision", () => {
  it("say what changed since the person last asked: 'changed on Tue 5 Mar (was 3:00 PM)', once", async () => {
    const h = await setUp();
    const before = await h.say(people.ann, "when is the regular institutional dialogue?");
    expect(before).not.toContain("changed on");
    await h.say(people.secretariat, `revise programme\n${MOVED}`);
    await h.say(people.secretariat, "publish");
    const after = await h.say(people.ann, "when is the regular institutional dialogue?");
    expect(after).toContain("3:30 PM–6:30 PM New York time — changed on Tue 5 Mar (was 3:00 PM)");
    expect(await h.say(people.ann, "when is the regular institutional dialogue?")).not.toContain(
      "changed on",
    );
    // The day view says it too.
    expect(await h.say(people.peter, "what's on Thursday afternoon?")).toContain(
      "⚠ Changed on Tue 5 Mar (was 3:00 PM)",
    );
    // Someone who asks for the first time after the change is told too.
    expect(await h.say(people.li, "when is the regular institutional dialogue?")).toContain(
      "changed on Tue 5 Mar (was 3:00 PM)",
    );
  });
});
