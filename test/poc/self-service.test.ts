import { describe, expect, it } from "vitest";
import { say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { NOTICE_CAMPAIGN } from "../../handlers/poc/notify.js";
import { NEW_EMAILS_ANSWER } from "../../handlers/poc/self-service.js";
import {
  AMINA,
  button,
  buttonsOf,
  CHANNEL,
  CLAIRE,
  DELEGATE,
  dmOf,
  importDirectory,
  KEN_DIPLO,
  KEN_TECH,
  PETER,
  pocBot,
  SECRETARIAT,
  textOf,
  user,
} from "./support.js";

/** The note posted in a channel when a confidential answer went by direct message. */
const SENT_BY_DM = say("en", "poc.sentByDm");

const NOW = "2024-06-01T12:00:00.000Z";

async function setup() {
  const bot = await pocBot({ now: NOW });
  await importDirectory(bot, [{ ...PETER, emails: `${KEN_TECH.email};soc@cert.example` }, AMINA, CLAIRE]);
  return bot;
}

describe("my details", () => {
  it("shows the POC their own record in a direct message, with Confirm and Change buttons", async () => {
    const bot = await setup();
    const reply = await bot.say(KEN_TECH, "my details");
    expect(reply.map((m) => m.to)).toEqual([dmOf(KEN_TECH)]);
    const text = textOf(reply);
    expect(text).toMatch(/^Your entry in the POC directory: Kenya \(KEN\) — technical POC/);
    expect(text).toContain("Phone: +254 20 1234567");
    expect(text).toContain("Emails: peter.otieno@cert.example, soc@cert.example");
    expect(text).toContain("Working hours: 09:00-17:00 Mon-Fri");
    expect(text).toContain("PGP fingerprint: 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567");
    // Never confirmed: due now, not 12 months after the import (tester 15 item 3).
    expect(text).toContain("Next confirmation due: now — not confirmed yet: please check and confirm");
    expect(buttonsOf(reply).map((b) => [b.actionId, b.value])).toEqual([
      [ACTIONS.confirm, "KEN:technical|1"],
      [ACTIONS.edit, "KEN:technical"],
    ]);
  });

  it("shows imported working hours without days as given, inventing no days", async () => {
    const bot = await pocBot({ now: NOW });
    await importDirectory(bot, [{ ...PETER, emails: KEN_TECH.email ?? "", hours: "00:00-24:00" }]);
    const text = textOf(await bot.say(KEN_TECH, "my details"));
    expect(text).toContain("Working hours: 00:00-24:00\n");
  });

  it("asked in a channel, answers there only that a direct message was sent", async () => {
    const bot = await setup();
    const reply = await bot.say(KEN_TECH, "my details", { channel: true });
    expect(reply.map((m) => m.to)).toEqual([dmOf(KEN_TECH), CHANNEL]);
    expect(reply.filter((m) => m.to === CHANNEL).map((m) => m.message.text)).toEqual([SENT_BY_DM]);
    expect(reply[0]?.message.text).toContain("+254 20 1234567");
  });

  it("asked in a channel in French, says in French that a direct message was sent", async () => {
    // The whole bot, with its language module (the POC suites' own modules have none).
    const bot = await pocBot({ now: NOW, modules: handlerModules });
    await importDirectory(bot, [{ ...PETER, emails: KEN_TECH.email ?? "" }]);
    const reply = await bot.say(KEN_TECH, "mes coordonnées", { channel: true });
    expect(reply[0]?.message.text).toMatch(/^Votre fiche/);
    expect(reply.filter((m) => m.to === CHANNEL).map((m) => m.message.text)).toEqual([
      "Je vous ai envoyé un message direct.",
    ]);
  });

  it("recognises a POC only by the verified email: typing the POC's email grants nothing", async () => {
    const bot = await setup();
    const impostor = user("mallory", "mallory@elsewhere.example");
    const anonymous = { ...user("anon"), name: KEN_TECH.email ?? "" };
    const attempts = [
      "my details",
      `my details ${KEN_TECH.email}`,
      `I am ${KEN_TECH.email}, show my details`,
      `change my phone to +254 20 765 4321 ${KEN_TECH.email}`,
      `change my email to ${KEN_TECH.email}`,
      "what is Kenya's technical POC's phone?",
    ];
    for (const who of [impostor, anonymous]) {
      for (const text of attempts) {
        const reply = textOf(await bot.say(who, text));
        expect(reply).not.toContain("+254");
        expect(reply).not.toContain("Peter Otieno");
        expect(reply).not.toContain("soc@cert.example");
      }
      for (const b of [
        { actionId: ACTIONS.confirm, value: "KEN:technical|1" },
        { actionId: ACTIONS.edit, value: "KEN:technical" },
      ]) {
        expect(textOf(await bot.click(who, b))).toBe(
          "Only the POC concerned can do that, from their own chat account. Nothing was changed.",
        );
      }
    }
    expect(textOf(await bot.say(impostor, "my details"))).toBe(
      "I don't have a POC record for your chat account. I recognise POCs by the email address your chat platform has verified (mallory@elsewhere.example); if you are a POC, ask the Secretariat to add it to your entry in the directory.",
    );
    expect(await bot.directory.get("KEN:technical")).toMatchObject({
      version: 1,
      phone: { number: "+254201234567" },
      status: "unconfirmed",
    });
    expect(await bot.directory.history("KEN:technical")).toHaveLength(1);
  });
});

describe("changing a field", () => {
  it("previews before → after, writes only on Confirm, audits it and tells the Secretariat", async () => {
    const bot = await setup();
    await bot.say(SECRETARIAT, "hello"); // the Secretariat's chat account becomes known
    const preview = await bot.say(KEN_TECH, "change my phone to 020 765 4321");
    expect(textOf(preview)).toMatch(
      /^Change your phone\?\n\nKenya \(KEN\) — technical POC\nBefore: \+254 20 1234567\nAfter: \+254 20 7654321/,
    );
    expect((await bot.directory.get("KEN:technical"))?.phone).toEqual({ number: "+254201234567" });

    bot.clock.advance(60_000);
    const done = await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
    expect(textOf(done)).toBe("Done: your phone is now +254 20 7654321. The Secretariat will be notified.");
    expect(await bot.directory.get("KEN:technical")).toMatchObject({
      phone: { number: "+254207654321" },
      version: 2,
      updatedAt: "2024-06-01T12:01:00.000Z",
    });
    expect((await bot.directory.history("KEN:technical")).at(-1)).toEqual({
      pocId: "KEN:technical",
      at: "2024-06-01T12:01:00.000Z",
      by: { email: "peter.otieno@cert.example", userId: KEN_TECH.id, name: KEN_TECH.name },
      source: "self-service",
      field: "phone",
      before: "+254 20 1234567",
      after: "+254 20 7654321",
    });

    const before = bot.sent.length;
    await bot.deps.outbox.drain();
    const notices = bot.sent.slice(before);
    expect(notices.map((m) => m.to)).toEqual([dmOf(SECRETARIAT)]);
    expect(textOf(notices)).toBe(
      "POC details changed: Kenya (KEN) — technical POC\n\nphone: +254 20 1234567 → +254 20 7654321\nChanged by peter.otieno@cert.example (the POC, self-service) on Sat 1 Jun 2024, 8:01 AM New York time.",
    );
    expect((await bot.deps.outbox.campaign(NOTICE_CAMPAIGN)).map((d) => d.status)).toEqual(["sent"]);

    expect(textOf(await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm)))).toBe(
      "That change is no longer pending (it expired, was cancelled or was replaced by a newer one). Nothing was changed.",
    );
  });

  it("does not claim the Secretariat was told when no Secretariat chat account is known", async () => {
    const bot = await setup(); // the Secretariat has not written to the bot
    const preview = await bot.say(KEN_TECH, "change my phone to 020 765 4321");
    const done = await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
    expect(textOf(done)).toBe(
      "Done: your phone is now +254 20 7654321. The change is in the directory's change log.",
    );
    expect(await bot.directory.history("KEN:technical")).toHaveLength(2);
    expect(await bot.deps.outbox.campaign(NOTICE_CAMPAIGN)).toEqual([]);
  });

  it.each([
    [
      "change my phone to 12345",
      'That phone is not valid: "12345" is too short for a phone number in Kenya. Nothing was changed.',
    ],
    [
      "change my 24/7 phone to none",
      "A technical POC must have a 24/7 phone, so it cannot be removed; give the new one instead. Nothing was changed.",
    ],
    [
      "change my fingerprint to 1234",
      "That PGP fingerprint is not valid: a PGP fingerprint has 40 hexadecimal characters (64 for v5/v6 keys); this one has 4. Nothing was changed.",
    ],
    [
      "change my email to peter@",
      'That email is not valid: "peter@" is not a valid email address. Nothing was changed.',
    ],
    [
      "change my hours to 18:00-08:00",
      "Those working hours are not valid: the end (08:00) must be after the start (18:00); for round-the-clock cover write 00:00-24:00 Mon-Sun. Nothing was changed.",
    ],
    [
      "change my time zone to United States",
      '"United States" has several time zones, so it does not say which one is yours. Write your city (e.g. "Chicago") or the IANA time zone (e.g. "America/Chicago"). Nothing was changed.',
    ],
    [
      "change my time zone to Atlantis",
      'I don\'t know a time zone for "Atlantis". Write your city (e.g. "Nairobi") or the IANA time zone (e.g. "Africa/Nairobi"). Nothing was changed.',
    ],
    [
      "change my time zone to Mars/Olympus",
      'That time zone is not valid: "Mars/Olympus" is not an IANA time zone; write it like Africa/Nairobi or Europe/Paris. Nothing was changed.',
    ],
    ["change my phone to +254 20 1234567", "Your phone is already +254 20 1234567. Nothing was changed."],
    [
      "change my name to A",
      "That name is not valid: the name needs at least two letters. Nothing was changed.",
    ],
    [
      "change my name to 12345",
      "That name is not valid: the name needs at least two letters. Nothing was changed.",
    ],
    ["change my title to", 'Tell me the new title, e.g. "change my title to …". Nothing was changed.'],
  ])("%s → says exactly what is wrong and changes nothing", async (text, answer) => {
    const bot = await setup();
    expect(textOf(await bot.say(KEN_TECH, text))).toBe(answer);
    expect(await bot.directory.get("KEN:technical")).toMatchObject({ version: 1 });
    expect(await bot.directory.history("KEN:technical")).toHaveLength(1);
  });

  it("shows the real offset of a POSIX zone before it is confirmed ('Etc/GMT+3' is UTC−3)", async () => {
    const bot = await setup();
    expect(textOf(await bot.say(KEN_TECH, "change my zone to Etc/GMT+3"))).toContain(
      "After: Etc/GMT+3 (that is UTC−3)",
    );
  });

  it("tells a POC asking for the other type's record which one they hold", async () => {
    const bot = await setup();
    const expected =
      'You are the diplomatic POC of Kenya (KEN), not its technical POC; leave out "technical" to see or change your record.';
    expect(textOf(await bot.say(KEN_DIPLO, "my technical details"))).toBe(expected);
    expect(textOf(await bot.say(KEN_DIPLO, "change my technical phone to +254 20 7654321"))).toBe(expected);
  });

  it("says an empty field is not set, rather than 'already —'", async () => {
    const bot = await setup();
    expect(textOf(await bot.say(KEN_DIPLO, "change my 24/7 phone to none"))).toBe(
      "Your 24/7 phone is not set. Nothing was changed.",
    );
  });

  it("every field can be changed, each with its own audit entry", async () => {
    const bot = await setup();
    const changes: Array<[string, string, string]> = [
      ["change my title to Director, National CERT", "title", "Director, National CERT"],
      [
        "change my organisation to Communications Authority of Kenya",
        "organisation",
        "Communications Authority of Kenya",
      ],
      ["change my 24/7 phone to 0712 000111", "phone247", "+254 712 000111"],
      ["change my hours to 08:30-16:30 Mon-Thu", "hours", "08:30-16:30 Mon-Thu"],
      ["change my zone to europe/london", "timeZone", "Europe/London"],
      [
        "change my pgp fingerprint to ffff eeee dddd cccc bbbb aaaa 9999 8888 7777 6666",
        "pgpFingerprint",
        "FFFFEEEEDDDDCCCCBBBBAAAA9999888877776666",
      ],
      // Removing an address applies at once (adding one goes to the Secretariat: see below).
      ["change my email to peter.otieno@cert.example", "emails", "peter.otieno@cert.example"],
      ["change my name to Peter O. Otieno", "name", "Peter O. Otieno"],
    ];
    for (const [text, field, after] of changes) {
      bot.clock.advance(1_000);
      const preview = await bot.say(KEN_TECH, text);
      await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
      expect((await bot.directory.history("KEN:technical")).at(-1)).toMatchObject({ field, after });
    }
    expect(await bot.directory.get("KEN:technical")).toMatchObject({
      title: "Director, National CERT",
      timeZone: "Europe/London",
      pgpFingerprint: "FFFFEEEEDDDDCCCCBBBBAAAA9999888877776666",
      emails: ["peter.otieno@cert.example"],
      version: 1 + changes.length,
    });
  });

  it("a stale preview cannot apply something else: only the latest preview's Confirm works, within its time", async () => {
    const bot = await setup();
    const first = await bot.say(KEN_TECH, "change my title to Head");
    const second = await bot.say(KEN_TECH, "change my title to Chief");
    expect(textOf(await bot.click(KEN_TECH, button(first, ACTIONS.changeConfirm)))).toMatch(
      /^That change is no longer pending/,
    );
    expect((await bot.directory.get("KEN:technical"))?.title).toBe("Officer");
    // Another user clicking the POC's button finds nothing pending for them.
    expect(textOf(await bot.click(DELEGATE, button(second, ACTIONS.changeConfirm)))).toMatch(
      /^That change is no longer pending/,
    );
    bot.clock.advance(16 * 60_000);
    expect(textOf(await bot.click(KEN_TECH, button(second, ACTIONS.changeConfirm)))).toMatch(
      /^That change is no longer pending/,
    );
    expect((await bot.directory.get("KEN:technical"))?.title).toBe("Officer");

    const third = await bot.say(KEN_TECH, "change my title to Chief");
    expect(textOf(await bot.click(KEN_TECH, button(third, ACTIONS.changeCancel)))).toBe(
      "Cancelled. Nothing was changed.",
    );
    expect(textOf(await bot.click(KEN_TECH, button(third, ACTIONS.changeConfirm)))).toMatch(
      /^That change is no longer pending/,
    );

    const fourth = await bot.say(KEN_TECH, "change my title to Chief");
    const record = await bot.directory.get("KEN:technical");
    if (!record) throw new Error("missing");
    await bot.directory.save({ ...record, organisation: "Changed meanwhile", version: record.version + 1 });
    expect(textOf(await bot.click(KEN_TECH, button(fourth, ACTIONS.changeConfirm)))).toBe(
      "Your record has changed since that preview was shown. Nothing was changed; please ask again.",
    );
    expect((await bot.directory.get("KEN:technical"))?.title).toBe("Officer");
  });

  it("two POCs of one record confirming changes at the same moment: one is applied, the other is told, none is lost silently", async () => {
    const bot = await setup();
    const soc = user("soc", "soc@cert.example"); // the record's second email
    const phone = await bot.say(KEN_TECH, "change my phone to +254 20 765 4321");
    const title = await bot.say(soc, "change my title to Chief");
    const before = bot.sent.length;
    await Promise.all([
      bot.click(KEN_TECH, button(phone, ACTIONS.changeConfirm)),
      bot.click(soc, button(title, ACTIONS.changeConfirm)),
    ]);
    const answerTo = (who: typeof soc) =>
      bot.sent
        .slice(before)
        .filter((sent) => sent.to === dmOf(who))
        .map((sent) => sent.message.text)
        .join("\n");
    const answers = [answerTo(KEN_TECH), answerTo(soc)];
    const applied = answers.map((text) => text.startsWith("Done:"));
    expect(applied.filter(Boolean)).toHaveLength(1);
    expect(answers.filter((text) => text.startsWith("Your record has changed"))).toHaveLength(1);

    const record = await bot.directory.get("KEN:technical");
    expect(record?.version).toBe(2);
    // The record holds exactly the change its POC was told about, and the audit only that one.
    expect([record?.phone?.number === "+254207654321", record?.title === "Chief"]).toEqual(applied);
    const audit = textOf(await bot.say(SECRETARIAT, "history of KEN technical"));
    expect([audit.includes("+254 20 7654321"), audit.includes("Chief")]).toEqual(applied);
  });

  it("the Change a field form leads to the same preview", async () => {
    const bot = await setup();
    const card = await bot.say(KEN_TECH, "my details");
    const form = await bot.click(KEN_TECH, button(card, ACTIONS.edit));
    expect(form[0]?.message.card?.inputs?.map((input) => input.id)).toEqual(["field", "value"]);
    const bad = await bot.click(KEN_TECH, button(form, ACTIONS.editSubmit), {
      field: "shoe size",
      value: "42",
    });
    expect(textOf(bad)).toBe(
      '"shoe size" is not a field I can change; choose one of: phone, 24/7 phone, email, name, title, organisation, working hours, time zone, PGP fingerprint. Nothing was changed.',
    );
    const preview = await bot.click(KEN_TECH, button(form, ACTIONS.editSubmit), {
      field: "24/7 line",
      value: "+254 712 999888",
    });
    expect(textOf(preview)).toMatch(/Before: \+254 712 123456\nAfter: \+254 712 999888/);
    await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
    expect((await bot.directory.get("KEN:technical"))?.phone247).toEqual({ number: "+254712999888" });
  });

  it("a diplomatic POC may remove an optional 24/7 line; a POC who drops their own email is warned", async () => {
    const bot = await setup();
    const added = await bot.say(KEN_DIPLO, "change my 24/7 phone to +254 712 111222");
    await bot.click(KEN_DIPLO, button(added, ACTIONS.changeConfirm));
    const removed = await bot.say(KEN_DIPLO, "change my 24/7 phone to none");
    expect(textOf(removed)).toMatch(/Before: \+254 712 111222\nAfter: —/);
    await bot.click(KEN_DIPLO, button(removed, ACTIONS.changeConfirm));
    expect((await bot.directory.get("KEN:diplomatic"))?.phone247).toBeUndefined();

    const handover = await bot.say(KEN_DIPLO, "change my email to successor@mission.example");
    expect(textOf(handover)).toContain(
      "Warning: after this change your chat account (amina.njoroge@mission.example) will no longer be recognised as this POC.",
    );
  });
});

describe("adding an email address: no existence leak", () => {
  it("another State's POC's address and an unknown one get the same preview and the same answer; the conflict goes to the Secretariat", async () => {
    const bot = await setup();
    // The Secretariat has a chat account (its notices go there).
    await bot.say(SECRETARIAT, "my details");
    const before = await bot.directory.get("KEN:technical");
    const answers: string[] = [];
    for (const address of ["claire.martin@cert.example", "nobody.known@cert.example"]) {
      const preview = await bot.say(KEN_TECH, `change my email to peter.otieno@cert.example; ${address}`);
      answers.push(
        textOf(preview)
          .replace(/Confirm.*|expires.*/g, "")
          .replaceAll(address, "<address>"),
      );
      const done = await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
      answers.push(textOf(done).replaceAll(address, "<address>"));
    }
    expect(answers[0]).toBe(answers[2]);
    expect(answers[1]).toBe(answers[3]);
    expect(answers[1]).toBe(NEW_EMAILS_ANSWER(["<address>"]));
    expect(answers.join("\n")).not.toMatch(/another State|already|France|FRA/);
    expect(await bot.directory.get("KEN:technical")).toEqual(before);

    await bot.deps.outbox.drain();
    const notices = bot.sent.filter((m) => m.to === dmOf(SECRETARIAT)).map((m) => m.message.text);
    expect(notices.find((text) => text.includes("claire.martin"))).toContain(
      "CONFLICT: claire.martin@cert.example is already an email of France (FRA) — technical POC; an email can belong to one State only.",
    );
    expect(notices.find((text) => text.includes("nobody.known"))).toContain(
      "Email addresses to add: Kenya (KEN) — technical POC",
    );
  });
});

describe("an email change that drops addresses", () => {
  it("the preview names every address that goes; the Secretariat's request names what it adds and what it removes", async () => {
    const bot = await setup();
    await bot.say(SECRETARIAT, "my details");
    const preview = textOf(await bot.say(KEN_TECH, "change my email to new.desk@cert.example"));
    expect(preview).toContain(
      "peter.otieno@cert.example and soc@cert.example would be removed from the record: to keep an address, list it in the change too.",
    );
    const kept = textOf(await bot.say(KEN_TECH, "change my email to peter.otieno@cert.example"));
    expect(kept).toContain(
      "soc@cert.example would be removed from the record: to keep an address, list it in the change too.",
    );
    // Adding one and keeping the others: nothing goes, nothing to say.
    const added = await bot.say(
      KEN_TECH,
      "change my email to peter.otieno@cert.example, soc@cert.example, new.desk@cert.example",
    );
    expect(textOf(added)).not.toContain("removed");
    const replaced = await bot.say(KEN_TECH, "change my email to new.desk@cert.example");
    await bot.click(KEN_TECH, button(replaced, ACTIONS.changeConfirm));
    await bot.deps.outbox.drain();
    const notice = bot.sent
      .filter((m) => m.to === dmOf(SECRETARIAT))
      .map((m) => m.message.text)
      .find((text) => text.includes("Email addresses to add"));
    expect(notice).toContain(
      "peter.otieno@cert.example (the POC) asks for the email list: new.desk@cert.example (adding new.desk@cert.example; removing peter.otieno@cert.example, soc@cert.example — the POC's own chat address among them).",
    );
  });
  it("in the POC's language", async () => {
    const bot = await pocBot({ now: NOW, modules: handlerModules });
    await importDirectory(bot, [{ ...PETER, emails: `${KEN_TECH.email};soc@cert.example` }]);
    await bot.say(KEN_TECH, "language: français");
    const french = textOf(
      await bot.say(KEN_TECH, "modifier mon adresse e-mail en peter.otieno@cert.example"),
    );
    expect(french).toContain(
      "soc@cert.example serait retirée de la fiche : pour garder une adresse, indiquez-la aussi dans la modification.",
    );
  });
});

describe("confirming", () => {
  it("one click confirms the record for twelve months, and is audited", async () => {
    const bot = await setup();
    const card = await bot.say(KEN_TECH, "my details");
    bot.clock.set("2024-07-15T09:30:00.000Z");
    expect(textOf(await bot.click(KEN_TECH, button(card, ACTIONS.confirm)))).toBe(
      "Thank you: your details are confirmed. The next confirmation is due on Tue 15 Jul 2025.",
    );
    expect(await bot.directory.get("KEN:technical")).toMatchObject({
      status: "confirmed",
      lastConfirmedAt: "2024-07-15T09:30:00.000Z",
      nextDueAt: "2025-07-15T09:30:00.000Z",
      version: 2,
    });
    expect((await bot.directory.history("KEN:technical")).at(-1)).toMatchObject({
      source: "confirmation",
      field: "lastConfirmedAt",
      before: null,
      after: "2024-07-15T09:30:00.000Z",
    });
    const again = await bot.click(KEN_TECH, button(card, ACTIONS.confirm));
    expect(textOf(again)).toMatch(
      /^Your entry in the POC directory: Kenya \(KEN\) — technical POC\n\nYour record has changed since that card was shown; nothing was confirmed/,
    );
    expect((await bot.directory.get("KEN:technical"))?.version).toBe(2);
  });
});
