/**
 * Removing an expert and withdrawing an answer, as a head of delegation (Claire on the
 * roster) writes them: an expert who is not among hers is named back with the list, nothing
 * changed (it was "didn't understand"); Chinese and Arabic words for removing one (Chinese
 * also with the object first, "把王伟从我的回复中删除"); a
 * withdrawal that names the event (« annule ma réponse pour la réception ») withdraws as
 * « annule ma réponse » does.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { harness, people, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

async function setup() {
  const file = join(mkdtempSync(join(tmpdir(), "rsvp-remove-")), "bot.sqlite");
  const h = await harness({ modules: handlerModules, storeUrl: `sqlite:${file}` });
  await withRoster(h);
  const rsvps = rsvpRepository(h.deps);
  await h.say(people.claire, "rsvp oui avec 2 experts : Ana Lima, Léa Petit");
  return { ...h, rsvps };
}

const UNCHANGED = { status: "attending", experts: { count: 2, names: ["Ana Lima", "Léa Petit"] } };

describe("removing an expert who is not among hers", () => {
  it.each([
    ["enlève Paul Martin", /^« Paul Martin » ne fait pas partie .*Ana Lima, Léa Petit/],
    ["remove Paul Martin", /Paul Martin.*Ana Lima, Léa Petit/],
    ["quita a Paul Martin", /Paul Martin.*Ana Lima, Léa Petit/],
    ["删除专家Paul Martin", /^“Paul Martin”不在您列出的专家之中（Ana Lima、Léa Petit）/],
    ["把王伟从我的回复中删除", /^“王伟”不在您列出的专家之中（Ana Lima、Léa Petit）/],
    ["احذف الخبير Paul Martin", /Paul Martin.*Ana Lima, Léa Petit/],
  ])("%s names the experts and changes nothing", async (text, reply) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject(UNCHANGED);
  });

  it("other 'remove …' messages pass on ('enlève mes rappels')", async () => {
    const h = await setup();
    expect(await h.say(people.claire, "enlève mes rappels")).not.toMatch(/ne fait pas partie/);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject(UNCHANGED);
  });
});

describe("removing an expert in Chinese and Arabic", () => {
  it.each([
    ["删除专家Léa Petit", /Ana Lima/],
    ["去掉专家 Léa Petit", /Ana Lima/],
    ["احذف الخبير Léa Petit", /Ana Lima/],
    ["احذف Léa Petit من ردي", /Ana Lima/],
    // The object first, with 把/将 ("take Léa Petit out of my reply"), the verb last.
    ["把Léa Petit从我的回复中删除", /Ana Lima/],
    ["请把 Léa Petit 从我的回复里去掉", /Ana Lima/],
    ["将专家Léa Petit从名单中移除", /Ana Lima/],
    ["把专家Léa Petit删掉", /Ana Lima/],
    ["从我的回复中删除Léa Petit", /Ana Lima/],
  ])("%s drops her and keeps Ana Lima", async (text, reply) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 1, names: ["Ana Lima"] },
    });
  });
});

describe("a withdrawal naming the event", () => {
  it.each([
    ["annule ma réponse pour la réception", /^Merci — il est noté .* vous ne participerez pas/],
    ["annule ma réponse à la réception", /vous ne participerez pas/],
    ["anula mi respuesta para la recepción", /no asistirá/],
    ["отмени мой ответ на приём", /не будете присутствовать/],
    ["取消我对招待会的回复", /不出席/],
    ["ألغ ردي على حفل الاستقبال", /لن تحضر/],
  ])("%s withdraws", async (text, reply) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({ status: "declined" });
  });

  it("an event that is not open for RSVPs is said so, nothing changed", async () => {
    const h = await setup();
    expect(await h.say(people.claire, "annule ma réponse pour le zorglub")).not.toMatch(
      /ne participerez pas/,
    );
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject(UNCHANGED);
  });
});
