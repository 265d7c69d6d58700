/**
 * Files sent to the bot in a Teams personal chat, through the real Agents SDK adapter: the
 * adapter fetches the file download info's pre-authenticated `downloadUrl` (and a plain
 * attachment's `contentUrl`) from the fake connector, and the core imports or previews it
 * as a paste; faults get a specific answer and change nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ROSTER_CSV } from "../reminders/harness.js";
import { thursdayAfternoonAt } from "../revisions/revision-samples.js";
import { testCore } from "../support/core.js";
import { startTeamsRig, type TeamsRig, USER_ID } from "../support/fake-connector/harness.js";

const EMAIL = "amina.diallo@mfa.example";
let rig: TeamsRig | undefined;
let closeStore: (() => Promise<void>) | undefined;

afterEach(async () => {
  await rig?.stop();
  await closeStore?.();
  rig = undefined;
});

async function start() {
  const bot = await testCore({
    modules: handlerModules,
    now: "2024-03-05T14:00:00Z",
    secretariatEmails: [EMAIL],
  });
  closeStore = () => bot.store.close();
  rig = await startTeamsRig(bot);
  rig.connector.setMember({ id: USER_ID, name: "Amina Diallo", email: EMAIL });
  return { rig, bot };
}

async function send(r: TeamsRig, attachments: unknown[], text = "") {
  const before = r.connector.activities().length;
  const { status } = await r.post({ ...r.personalMessage(text), attachments });
  expect(status).toBeLessThan(300);
  const activities = await r.connector.waitForActivities(before + 1);
  return activities[before]?.text ?? "";
}

describe("Teams: a file sent in a personal chat", () => {
  it("is fetched from its downloadUrl and imported as a roster paste would be", async () => {
    const { rig: r, bot } = await start();
    const answer = await send(r, [
      { contentType: "text/html", content: "<p></p>" },
      r.connector.hostFile("roster.csv", ROSTER_CSV),
    ]);
    expect(answer).toMatch(/^Roster imported \(version 1\): 6 people/);
    expect(r.connector.fileDownloads).toEqual([{ path: "/files/file-1", authorization: undefined }]);
    expect((await bot.deps.people.roster())?.people).toHaveLength(6);
  });

  it("previews a programme YAML file as a pasted revision, publishing nothing", async () => {
    const { rig: r, bot } = await start();
    const answer = await send(r, [
      r.connector.hostFile("programme.yaml", thursdayAfternoonAt("15:30", "18:30")),
    ]);
    expect(answer).toContain("Revision of the programme (from version 1) — preview, not published yet");
    expect(bot.deps.programmes.version).toBe(1);
  });

  it("reads a plain attachment with a contentUrl (the Emulator's, Web Chat's)", async () => {
    const { rig: r, bot } = await start();
    const hosted = r.connector.hostFile("roster.csv", ROSTER_CSV);
    const answer = await send(r, [
      { contentType: "text/csv", name: "roster.csv", contentUrl: hosted.content.downloadUrl },
    ]);
    expect(answer).toMatch(/^Roster imported/);
    expect((await bot.deps.people.roster())?.people).toHaveLength(6);
  });

  it("says the download failed when the file host answers 404, and imports nothing", async () => {
    const { rig: r, bot } = await start();
    const file = r.connector.hostFile("roster.csv", ROSTER_CSV);
    r.connector.failFileDownloads(404);
    expect(await send(r, [file])).toBe(
      "I couldn't download roster.csv. Nothing was changed; please send it again.",
    );
    expect(await bot.deps.people.roster()).toBeUndefined();
  });

  it("refuses a file over 1 MB (Teams gives no size: the download is cut off)", async () => {
    const { rig: r, bot } = await start();
    const answer = await send(r, [r.connector.hostFile("big.csv", "x".repeat(1_500_000))]);
    expect(answer).toBe(
      "big.csv is 1.5 MB; I take files of up to 1 MB. Nothing was changed. Split it, or import it with the command-line tool.",
    );
    expect(await bot.deps.people.roster()).toBeUndefined();
  });

  it("refuses a file that is not CSV or YAML without downloading it", async () => {
    const { rig: r } = await start();
    const answer = await send(r, [r.connector.hostFile("minutes.docx", "PK…")]);
    expect(answer).toMatch(/^I read only CSV files .* minutes\.docx is neither\. Nothing was changed\.$/);
    expect(r.connector.fileDownloads).toEqual([]);
  });
});
