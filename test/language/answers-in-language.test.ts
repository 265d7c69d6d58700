/**
 * Every delegate and POC feature driven through the whole bot in French and in Arabic — help,
 * reminders, RSVPs and their errors (a party too big for the places, the deadline passed), the RSVP how-to, POC details, edits, invalid values
 * and a cancel, ping acknowledgements typed and by button, the calendar link — and no answer
 * is left in English (the catalogue tests' check, `test/support/english.ts`). Arabic answers
 * keep their isolates, so values (names, times, links) are told apart from wording.
 */
import { describe, expect, it } from "vitest";
import { cardToText } from "../../bot/cards.js";
import { englishFeatures } from "../../bot/language/locales/en/features.js";
import { say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { button, directoryCsv, KEN_TECH, pocBot, SECRETARIAT, type Sent, textOf } from "../poc/support.js";
import { leftInEnglish } from "../support/english.js";

/** What the person types in each language, step by step. */
interface Journey {
  locale: string;
  choose: string;
  help: string;
  rsvpHelp: string;
  remind: string;
  myReminders: string;
  badLead: string;
  stopReminders: string;
  rsvpIncomplete: string;
  rsvpYes: string;
  rsvpMaybe: string;
  rsvpNo: string;
  rsvpExperts: string;
  rsvpTooManyNames: string;
  rsvpMore: string;
  rsvpBadCount: string;
  myRsvps: string;
  details: string;
  field: string;
  badPhone: string;
  badHours: string;
  badZone: string;
  badFingerprint: string;
  badEmail: string;
  ack: string;
  calendar: string;
}

const JOURNEYS: readonly Journey[] = [
  {
    locale: "fr",
    choose: "langue : français",
    help: "aide",
    rsvpHelp: "comment répondre à l'invitation",
    remind: "Rappelle-moi 15 minutes avant chaque séance",
    myReminders: "mes rappels",
    badLead: "rappelle-moi 3 jours avant chaque séance",
    stopReminders: "arrêter les rappels",
    rsvpIncomplete: "rsvp avec 2 experts",
    rsvpYes: "rsvp oui",
    rsvpMaybe: "rsvp peut-être",
    rsvpNo: "rsvp non",
    rsvpExperts: "rsvp oui avec 2 experts : Ana Lima, Raj Patel",
    rsvpTooManyNames: "rsvp oui avec 1 expert : Ana Lima, Raj Patel",
    rsvpMore: "rsvp oui avec 3 experts : Ana Lima, Raj Patel, Li Na",
    rsvpBadCount: "rsvp oui avec 99 experts",
    myRsvps: "mes réponses",
    details: "mes coordonnées",
    field: "téléphone",
    badPhone: "12",
    badHours: "17:00-09:00",
    badZone: "Atlantide",
    badFingerprint: "xyz",
    badEmail: "pas-une-adresse",
    ack: "bien reçu",
    calendar: "mon calendrier",
  },
  {
    locale: "ar",
    choose: "بالعربية",
    help: "مساعدة",
    rsvpHelp: "كيف أرد على الدعوة",
    remind: "ذكرني قبل 15 دقيقة من كل جلسة",
    myReminders: "تذكيراتي",
    badLead: "ذكرني قبل 30 ساعة من كل جلسة",
    stopReminders: "أوقف التذكيرات",
    rsvpIncomplete: "rsvp مع 2 خبير",
    rsvpYes: "rsvp نعم",
    rsvpMaybe: "rsvp ربما",
    rsvpNo: "rsvp لا",
    rsvpExperts: "rsvp نعم مع 2 خبير: Ana Lima, Raj Patel",
    rsvpTooManyNames: "rsvp نعم مع 1 خبير: Ana Lima, Raj Patel",
    rsvpMore: "rsvp نعم مع 3 خبير: Ana Lima, Raj Patel, Li Na",
    rsvpBadCount: "rsvp نعم مع 99 خبير",
    myRsvps: "ردودي",
    details: "بياناتي",
    field: "الهاتف",
    badPhone: "12",
    badHours: "17:00-09:00",
    badZone: "أتلانتس",
    badFingerprint: "xyz",
    badEmail: "pas-une-adresse",
    ack: "تم الاستلام",
    calendar: "تقويمي",
  },
];

/**
 * Data, not wording: the record's values as imported, the programme's titles that the data gives
 * in English only, the working hours' days as stored (and typed), the help's examples that the
 * catalogue gives and checks (commands kept in English, language names in their own language).
 */
function dataRemoved(locale: string, text: string): string {
  const examples = Object.keys(englishFeatures.help.modules).flatMap((module) =>
    say(locale, `help.modules.${module}.examples`).split("\n"),
  );
  let left = text
    .split("\n")
    .filter((line) => !examples.some((example) => line.replace(/^• /, "") === example))
    .join("\n");
  for (const value of [
    "Cocktail reception",
    "Peter Otieno",
    "peter.otieno@cert.example",
    "Officer",
    "Ministry of KEN",
    "Mon-Fri",
    "89AB CDEF",
    // The language buttons: each language named in itself.
    "English",
    "français",
    "español",
  ])
    left = left.split(value).join(" ");
  return left;
}

/** What a person reads of some messages: their text, or their card as a text-only client shows it. */
const read = (messages: readonly Sent[]) =>
  messages.map((m) => (m.message.card ? cardToText(m.message.card) : m.message.text)).join("\n");

async function setup() {
  const bot = await pocBot({
    now: "2024-03-04T08:00:00-05:00",
    modules: handlerModules,
    env: { PUBLIC_URL: "https://bot.example.org/" },
  });
  const csv = directoryCsv([
    { state: "KEN", type: "technical", name: "Peter Otieno", emails: KEN_TECH.email ?? "" },
  ]);
  const imported = textOf(await bot.say(SECRETARIAT, `import poc directory\n${csv}`));
  if (!imported.startsWith("Imported 1")) throw new Error(imported);
  const roster = `import roster\nemail,name,state,roles\n${KEN_TECH.email},Peter Otieno,KEN,head of delegation`;
  const rostered = textOf(await bot.say(SECRETARIAT, roster));
  if (!/^Imported|^Roster/i.test(rostered)) throw new Error(rostered);
  return bot;
}

/**
 * Drives the journey; returns every answer with the step that produced it.
 * @example const answers = await journey(JOURNEYS[0]);
 */
async function journey(lang: Journey): Promise<Array<[string, string]>> {
  const bot = await setup();
  const answers: Array<[string, string]> = [];
  const step = async (name: string, work: () => Promise<Sent[]>) => {
    const sent = await work();
    const text = read(sent);
    if (text.trim() === "") throw new Error(`${lang.locale} ${name}: no answer`);
    answers.push([name, text]);
    return sent;
  };
  const say = (name: string, text: string) => step(name, () => bot.say(KEN_TECH, text));

  await say("choose", lang.choose);
  await say("help", lang.help);
  await say("rsvp how-to", lang.rsvpHelp);
  await say("remind", lang.remind);
  await say("my reminders", lang.myReminders);
  await say("bad lead", lang.badLead);
  await say("stop reminders", lang.stopReminders);
  await say("rsvp incomplete", lang.rsvpIncomplete);
  await say("rsvp yes", lang.rsvpYes);
  await say("rsvp maybe", lang.rsvpMaybe);
  await say("rsvp no", lang.rsvpNo);
  await say("rsvp experts", lang.rsvpExperts);
  await say("rsvp too many names", lang.rsvpTooManyNames);
  await say("rsvp bad count", lang.rsvpBadCount);
  await say("my rsvps", lang.myRsvps);
  await bot.say(SECRETARIAT, "set reception capacity 2");
  await say("capacity too small for the party", lang.rsvpExperts);
  await bot.say(SECRETARIAT, "set reception capacity none");
  const deadline = textOf(await bot.say(SECRETARIAT, "set reception deadline 2024-03-04 12:00"));
  if (!/deadline/i.test(deadline)) throw new Error(deadline);
  bot.clock.set("2024-03-04T13:00:00-05:00");
  await say("deadline passed", lang.rsvpMore);
  await say("my rsvps after the deadline", lang.myRsvps);
  await say("calendar", lang.calendar);

  const details = await say("details", lang.details);
  const edit = button(details, ACTIONS.edit);
  for (const [name, field, value] of [
    ["bad phone", lang.field, lang.badPhone],
    ["bad hours", "hours", lang.badHours],
    ["bad zone", "zone", lang.badZone],
    ["bad fingerprint", "fingerprint", lang.badFingerprint],
    ["bad email", "email", lang.badEmail],
  ] as const) {
    const submit = { actionId: ACTIONS.editSubmit, value: edit.value };
    await step(name, () => bot.click(KEN_TECH, submit, { field, value }));
  }
  await step("edit form", () => bot.click(KEN_TECH, edit));
  const preview = await step("preview", () =>
    bot.click(
      KEN_TECH,
      { actionId: ACTIONS.editSubmit, value: edit.value },
      { field: lang.field, value: "+254 20 765 4321" },
    ),
  );
  await step("cancel", () => bot.click(KEN_TECH, button(preview, ACTIONS.changeCancel)));
  await step("confirm details", async () =>
    bot.click(KEN_TECH, button(await bot.say(KEN_TECH, lang.details), ACTIONS.confirm)),
  );
  await say("ack with nothing", lang.ack);

  const started = await bot.say(SECRETARIAT, "start ping test KEN technical");
  await bot.click(SECRETARIAT, button(started, PING_ACTIONS.start));
  const before = bot.sent.length;
  await bot.deps.scheduler.tick();
  const ping = bot.sent.slice(before).filter((sent) => sent.to.includes("peter"));
  answers.push(["ping card", read(ping)]);
  await step("ack by button", () => bot.click(KEN_TECH, button(ping, PING_ACTIONS.ack)));
  await say("ack typed again", lang.ack);
  return answers;
}

describe("every delegate and POC answer in the person's language", () => {
  it.each(JOURNEYS)("$locale: nothing is left in English", async (lang) => {
    const answers = await journey(lang);
    if (process.env.SHOW_ANSWERS) for (const [name, text] of answers) console.log(`## ${name}\n${text}`);
    const left = answers.flatMap(([name, text]) =>
      text.split("\n").flatMap((line) => {
        const why = leftInEnglish(lang.locale, dataRemoved(lang.locale, line));
        return why ? [`${name}: ${why}: ${line}`] : [];
      }),
    );
    expect(left).toEqual([]);
  });

  it("the check finds an English answer (it can fail)", () => {
    expect(leftInEnglish("fr", "There is no ping test addressed to you to acknowledge.")).toMatch(/English/);
    expect(leftInEnglish("ar", "لا شيء \u2068Cocktail reception\u2069")).toBeUndefined();
    expect(leftInEnglish("ar", "لا شيء recorded")).toMatch(/Latin/);
    expect(dataRemoved("fr", "Nom : Peter Otieno")).not.toContain("Peter");
  });
});
