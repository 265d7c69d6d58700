/**
 * Files shared with the bot in a Slack DM, through the real Bolt app: the adapter downloads
 * the file from its `url_private_download` on the fake Slack with the bot token, and the core
 * imports or previews it as a paste; faults (404, too large, wrong type, a URL off Slack's
 * file host) get a specific answer and change nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ROSTER_CSV } from "../reminders/harness.js";
import { thursdayAfternoonAt } from "../revisions/revision-samples.js";
import { testCore } from "../support/core.js";
import { type SlackTestBot, startSlackTestBot } from "../support/fake-slack/harness.js";
import { directMessage } from "../support/fake-slack/payloads.js";
import { TEST_BOT_TOKEN } from "../support/fake-slack/sign.js";

const SECRETARIAT = "U0GENEVA"; // amina.diallo@example.org
let t: SlackTestBot | undefined;

afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function start() {
  const bot = await testCore({
    modules: handlerModules,
    now: "2024-03-05T14:00:00Z",
    secretariatEmails: ["amina.diallo@example.org"],
  });
  t = await startSlackTestBot({ modules: handlerModules, bot });
  return t;
}

async function share(bot: SlackTestBot, id: string, files: ReadonlyArray<object>, text = "") {
  const before = bot.fake.callsTo("chat.postMessage").length;
  const response = await bot.post(directMessage(bot.ctx, id, { text, user: SECRETARIAT, files }));
  expect(response.status).toBe(200);
  const posts = await bot.fake.waitForCalls("chat.postMessage", before + 1);
  return String(posts[before]?.args.text).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

describe("Slack: a file shared in a DM", () => {
  it("is downloaded with the bot token and imported as a roster paste would be", async () => {
    const bot = await start();
    const file = bot.fake.addFile({ name: "roster.csv", mimetype: "text/csv", content: ROSTER_CSV });
    const answer = await share(bot, "EvFile1", [file]);
    expect(answer).toMatch(/^Roster imported \(version 1\): 6 people/);
    const [download] = bot.fake.callsTo("files.download");
    expect(download?.token).toBe(TEST_BOT_TOKEN);
    expect(download?.args.path).toBe(new URL(file.url_private_download).pathname);
    expect((await bot.bot.deps.people.roster())?.people).toHaveLength(6);
  });

  it("previews a programme YAML file as a pasted revision, publishing nothing", async () => {
    const bot = await start();
    const file = bot.fake.addFile({
      name: "oewg-7th-session.yaml",
      mimetype: "text/plain",
      filetype: "yaml",
      content: thursdayAfternoonAt("15:30", "18:30"),
    });
    const answer = await share(bot, "EvFile2", [file]);
    expect(answer).toContain("Revision of the programme (from version 1) — preview, not published yet");
    expect(answer).toMatch(/moved to Thu 7 Mar, 3:30 PM–6:30 PM New York time/);
    expect(bot.bot.deps.programmes.version).toBe(1);
  });

  it("says the download failed when Slack answers 404, and imports nothing", async () => {
    const bot = await start();
    const file = bot.fake.addFile({ name: "roster.csv", mimetype: "text/csv", content: ROSTER_CSV });
    bot.fake.fail("files.download", { kind: "http", status: 404 });
    const answer = await share(bot, "EvFile3", [file]);
    expect(answer).toBe("I couldn't download roster.csv. Nothing was changed; please send it again.");
    expect(await bot.bot.deps.people.roster()).toBeUndefined();
  });

  it("refuses a file over 1 MB without downloading it", async () => {
    const bot = await start();
    const file = bot.fake.addFile({ name: "big.csv", mimetype: "text/csv", content: "x".repeat(1_200_001) });
    const answer = await share(bot, "EvFile4", [file]);
    expect(answer).toBe(
      "big.csv is 1.3 MB; I take files of up to 1 MB. Nothing was changed. Split it, or import it with the command-line tool.",
    );
    expect(bot.fake.callsTo("files.download")).toEqual([]);
  });

  it("refuses a file that is not CSV or YAML without downloading it", async () => {
    const bot = await start();
    const file = bot.fake.addFile({
      name: "badge.png",
      mimetype: "image/png",
      content: Buffer.from([0x89, 0x50]),
    });
    const answer = await share(bot, "EvFile5", [file]);
    expect(answer).toMatch(/^I read only CSV files .* badge\.png is neither\. Nothing was changed\.$/);
    expect(bot.fake.callsTo("files.download")).toEqual([]);
  });

  it("asks files.info for a file the event names only by id (check_file_info)", async () => {
    const bot = await start();
    const { id } = bot.fake.addFile({ name: "roster.csv", mimetype: "text/csv", content: ROSTER_CSV });
    const answer = await share(bot, "EvFile7", [
      { id, mode: "hidden_by_limit", file_access: "check_file_info" },
    ]);
    expect(answer).toMatch(/^Roster imported \(version 1\)/);
    expect(bot.fake.callsTo("files.info").map((call) => call.args.file)).toEqual([id]);
    expect(bot.fake.callsTo("files.download")[0]?.token).toBe(TEST_BOT_TOKEN);
  });

  it("never sends the bot token off Slack's file host", async () => {
    const bot = await start();
    const file = {
      ...bot.fake.addFile({ name: "roster.csv", mimetype: "text/csv", content: ROSTER_CSV }),
      url_private_download: "https://attacker.example/roster.csv",
    };
    const answer = await share(bot, "EvFile6", [file]);
    expect(answer).toBe("I couldn't download roster.csv. Nothing was changed; please send it again.");
    expect(await bot.bot.deps.people.roster()).toBeUndefined();
  });
});
