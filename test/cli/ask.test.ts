/**
 * The question CLI's contract, run as a user runs it: `npm run --silent ask -- "<q>" --now … --tz …`
 * prints the answer on stdout and exits 0. Every sample question goes through the real
 * process (the launcher, the bundle, the console adapter, the router).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../bot/clock.js";
import { loadCoreConfig } from "../../bot/config.js";
import { buildDeps } from "../../bot/deps.js";
import { silentLogger } from "../../bot/logger.js";
import { openStore } from "../../bot/store/index.js";
import { withRevisedFile } from "../../bot/versions/files.js";
import { thursdayAfternoonAt } from "../revisions/revision-samples.js";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");
const sample = JSON.parse(
  readFileSync(join(root, "test", "fixtures", "programme-questions.sample.json"), "utf8"),
) as {
  cases: Array<{ q: string; now: string; tz: string; must: string[]; mustNot?: string[] }>;
};

/** Runs the CLI; on a memory store unless told otherwise, so a local state/bot.sqlite never changes the answers. */
async function ask(args: string[], env: Record<string, string> = { STORE_URL: "memory:" }) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "ask", "--", ...args], {
      cwd: root,
      timeout: 60_000,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run ask", () => {
  it.each(sample.cases)("answers the sample question %# through the real CLI: $q", async (testCase) => {
    const result = await ask([testCase.q, "--now", testCase.now, "--tz", testCase.tz]);
    expect(result.code).toBe(0);
    for (const pattern of testCase.must) expect(result.stdout).toMatch(new RegExp(pattern, "i"));
    for (const pattern of testCase.mustNot ?? []) expect(result.stdout).not.toMatch(new RegExp(pattern, "i"));
  });

  it("defaults the asker's zone to the venue's: no second time line", async () => {
    const result = await ask(["What's on Thursday morning?", "--now", "2024-03-04T08:00:00-05:00"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/10:00 AM/);
    expect(result.stdout).not.toMatch(/your time/i);
  });

  it("takes --now without seconds, as ISO 8601 allows", async () => {
    const result = await ask(["what's next?", "--now", "2024-03-07T14:50-05:00"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Next: .*Thu 7 Mar, 3:00 PM/);
  });

  it("refuses a malformed --now or --tz with a message and exit code 2, printing no answer", async () => {
    const badNow = await ask(["what's next", "--now", "next week"]);
    expect(badNow.code).toBe(2);
    expect(badNow.stdout).toBe("");
    expect(badNow.stderr).toMatch(/--now must be an ISO 8601 date-time with an offset/);
    const badZone = await ask(["what's next", "--tz", "Mars/Olympus"]);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toMatch(/--tz must be an IANA time zone/);
  });

  it("prints its usage for --help, and refuses an unknown option with exit code 2", async () => {
    const help = await ask(["--help"]);
    expect([help.code, help.stdout]).toEqual([0, expect.stringMatching(/^Usage: npm run --silent ask/)]);
    const unknown = await ask(["what's next", "--zone", "Asia/Tokyo"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/Unknown option '--zone'[\s\S]*Usage:/);
  });

  it("--lang answers in the chosen language whatever the question's language", async () => {
    const now = ["--now", "2024-03-04T08:00:00-05:00"];
    const french = await ask(["What's on Thursday afternoon?", ...now, "--lang", "fr"]);
    expect(french.code).toBe(0);
    expect(french.stdout).toMatch(/^jeudi 7 mars, après-midi : Dialogue institutionnel régulier/);
    expect(french.stdout).toMatch(/15:00–18:00/);
    expect(french.stdout).not.toMatch(/Thursday|PM/);
    const russian = await ask(["¿Dónde es la recepción?", ...now, "--lang", "ru"]);
    expect(russian.stdout).toMatch(/^Приём \(коктейль\): Permanent Mission of Singapore/);
    const arabic = await ask(["when is the reception?", ...now, "--lang", "ar"]);
    expect(arabic.stdout).toMatch(/حفل استقبال/);
    // Right to left: the Latin name inside the Arabic text is isolated, so it keeps its order.
    expect(arabic.stdout).toMatch(/18:30/);
    expect(arabic.stdout).toMatch(/\u2068Permanent Mission of Singapore/);
    // The venue's city in Arabic script, from the translation beside it in data/.
    expect(arabic.stdout).toMatch(/توقيت \u2068نيويورك\u2069/);
  });

  it("without --lang answers in the question's own language (detection)", async () => {
    const now = ["--now", "2024-03-04T08:00:00-05:00"];
    const spanish = await ask(["¿Qué hay el jueves por la tarde?", ...now]);
    expect(spanish.stdout).toMatch(/^jueves, 7 de marzo, por la tarde: Diálogo institucional periódico/);
    const chinese = await ask(["招待会在哪里？", ...now]);
    expect(chinese.stdout).toMatch(/^鸡尾酒招待会：Permanent Mission of Singapore/);
    const english = await ask(["where is the reception?", ...now]);
    expect(english.stdout).toMatch(/^Cocktail reception: Permanent Mission of Singapore/);
  });

  it("refuses a language it does not speak with exit code 2", async () => {
    const result = await ask(["what's next", "--lang", "de"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/--lang must be one of en, fr, es, ru, zh, ar/);
  });

  it("answers an empty question with guidance instead of failing", async () => {
    const result = await ask([""]);
    expect(result.code).toBe(0);
    // The catalogue's greeting, with questions to try.
    expect(result.stdout).toMatch(/Ask me about the programme: "what's on today\?"/);
  });

  it("answers from the programme version published in the bot's store, else from data/", async () => {
    const folder = mkdtempSync(join(tmpdir(), "ask-store-"));
    const storeUrl = `sqlite:${join(folder, "bot.sqlite")}`;
    const store = await openStore(storeUrl);
    const deps = buildDeps({
      config: loadCoreConfig({ STORE_URL: storeUrl }),
      store,
      clock: fixedClock("2024-03-05T14:00:00Z"),
      log: silentLogger(),
    });
    const ids = new Map(deps.catalogue.programmes.map((entry) => [entry.id, entry.file]));
    const revised = withRevisedFile(deps.programmes.files(), thursdayAfternoonAt("15:30", "18:30"), ids);
    await deps.programmes.publish({
      base: 1,
      files: revised.files,
      changes: [],
      author: "sec@un.example",
      at: deps.clock.now(),
      note: "moved",
    });
    await store.close();
    const question = ["What's on Thursday afternoon?", "--now", "2024-03-04T08:00:00-05:00"];
    const published = await ask(question, { STORE_URL: storeUrl });
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/3:30 PM/);
    const fromData = await ask(question);
    expect(fromData.stdout).toMatch(/3:00 PM/);
    expect(fromData.stdout).not.toMatch(/3:30 PM/);
    // A store where nothing was published (the file does not even exist): data/, and no file made.
    const empty = await ask(question, { STORE_URL: `sqlite:${join(folder, "none.sqlite")}` });
    expect(empty.stdout).toMatch(/3:00 PM/);
    expect(existsSync(join(folder, "none.sqlite"))).toBe(false);
  });
});
