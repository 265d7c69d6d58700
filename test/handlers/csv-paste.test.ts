/**
 * CSV lines pasted with no command get one answer saying how to import them, in the person's
 * language, and change nothing; sentences with commas and commands with lists go on as before.
 */
import { describe, expect, it } from "vitest";
import { looksLikeCsvLines } from "../../handlers/csv-paste.js";
import { directBot } from "../support/direct-bot.js";

const bot = directBot;

const LINE = "KEN,Jane Doe,jane@example.org,+254 712 345678";

describe("CSV lines pasted alone", () => {
  it("get how to import them, and nothing is imported", async () => {
    const { say, deps } = await bot();
    expect(await say(LINE)).toEqual([
      'That looks like lines of a CSV file. Alone, I can\'t tell what they are for: to import the roster or the POC directory (Secretariat), send the file as an attachment, or paste the lines again under "import roster" or "import poc directory" in the same message. Nothing was changed.',
    ]);
    const pasted = "email,name,state,roles\nann@kenya.example,Ann Mwangi,KEN,head of delegation\n";
    expect((await say(pasted))[0]).toMatch(/^That looks like lines of a CSV file/);
    expect(await deps.people.roster()).toBeUndefined();
  });

  it.each([
    [
      "en español por favor",
      /^Parecen líneas de un archivo CSV\. .*«import poc directory».* No se ha cambiado nada\.$/,
    ],
    ["по-русски, пожалуйста", /^Похоже на строки файла CSV\. .* Ничего не изменено\.$/],
    ["请用中文", /^这看起来是 CSV 文件中的几行。.*未作任何更改。$/],
  ])("in the language chosen (%s)", async (choice, expected) => {
    const { say } = await bot();
    await say(choice);
    expect(await say(LINE)).toEqual([expect.stringMatching(expected)]);
  });

  it("are no evidence of the writer's language: French words in a pasted row keep English answers (tester6 J2)", async () => {
    const { say } = await bot();
    const help = await say("help");
    // The POC directory template's French row, pasted alone.
    const french =
      "FRA,technical,Claire Martin,Cheffe du CERT,Agence nationale de la sécurité des systèmes d'information,claire.martin@cert.example,+33 1 23 45 67 89,+33 6 12 34 56 78,Europe/Paris,09:00-18:00 Mon-Fri,,";
    expect((await say(french))[0]).toMatch(/^That looks like lines of a CSV file/);
    // "help" says nothing of its language: the answer is in the language in use, still English.
    expect(await say("help")).toEqual(help);
  });

  it.each<[string, boolean]>([
    [LINE, true],
    ["KEN;diplomatic;Amina Njoroge;Counsellor;amina@mission.example", true],
    ["state,type,name,emails KEN,technical,Peter Otieno,peter@cert.example", true],
    // By the header line of the roster or the directory, with no e-mail address in sight.
    ["state,type,name,title KEN,technical,Peter Otieno,Head of CERT", true],
    ["state,type,name,title\nKEN,technical,Peter Otieno,Head of CERT", true],
    ["email,name,state,roles\n,Ann Mwangi,KEN,delegate", true],
    ["Email;Name;State;Roles\r\n;Ann Mwangi;KEN;delegate", true],
    ["email\tname\tstate\troles", true],
    ['"state","type","name"\n"KEN","technical","Peter Otieno"', true],
    [
      "state,type,name,title,organisation,emails,phone,phone_24_7,time_zone,hours,pgp_fingerprint,last_confirmed",
      true,
    ],
    ["STATE,TYPE,NAME,STATUS,NEXT_DUE", true],
    // Sentences and questions that name the columns are not a header.
    ["state, type, name, title: what goes in each?", false],
    ["name, state and roles please", false],
    ["state,type,name?", false],
    ["name,state are what I need", false],
    ["Name, title and organisation of the Kenyan POC", false],
    ["hours,phone", false],
    ["type,state,name,title: which is first?", false],
    ["the name,state,roles columns", false],
    ["my email is a@x.org; b@y.org; c@z.org; d@w.org", false],
    ["Hello, I'm Jane, from Kenya, jane@example.org", false],
    ["KEN, FRA, SGP, USA", false],
    ["what's on thursday, friday, monday and tuesday?", false],
  ])("%s → CSV lines %s", (text, expected) => {
    expect(looksLikeCsvLines(text)).toBe(expected);
  });
});
