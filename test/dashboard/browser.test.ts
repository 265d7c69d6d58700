/**
 * The dashboard in a real browser (playwright-core driving Debian's chromium): sign-in with a
 * link from a chat turn, every page with its numbers checked against the store, a broadcast
 * followed live to its end, a CSV download, hostile names shown as text, sign-out. Makes the
 * README's screenshots (into docs/ when DASHBOARD_SCREENSHOTS=1, else a temporary folder).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { formatInTimeZone } from "date-fns-tz";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Address, UserRef } from "../../bot/types.js";
import { ACTIONS as BROADCAST_ACTIONS } from "../../handlers/broadcast/cards.js";
import { BroadcastRepository, campaignOf } from "../../handlers/broadcast/repository.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { PingRepository, pingCampaign } from "../../handlers/ping/store.js";
import { PocRepository } from "../../handlers/poc/repository.js";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { directoryCsv, pocEmail, someStates } from "../poc/support.js";
import { type DashboardBot, dashboardBot, linkIn, SEC, type Who, who } from "./support.js";

const CHROMIUM = "/usr/bin/chromium";
const RECEPTION = "oewg-7-reception-2024-03-04";
const SCRIPT_NAME = "<script>alert(1)</script>";
const FORMULA_NAME = '=HYPERLINK("http://evil.example","x")';

const HEADS: Array<{ user: Who; state: string; says: string }> = [
  {
    user: who("h-ken", SCRIPT_NAME, "head.ken@mission.example"),
    state: "KEN",
    says: "rsvp attending with 1 expert",
  },
  { user: who("h-fra", FORMULA_NAME, "head.fra@mission.example"), state: "FRA", says: "rsvp maybe" },
  { user: who("h-sgp", "Ann Mwangi", "head.sgp@mission.example"), state: "SGP", says: "rsvp declined" },
  {
    user: who("h-bra", "Luc Moreau", "head.bra@mission.example"),
    state: "BRA",
    says: "rsvp attending with 2 experts: Ana Lima, Raj Patel",
  },
];
const DELEGATES = Array.from({ length: 16 }, (_, i) => ({
  user: who(`d${i}`, `Delegate ${i}`, `d${i}@mission.example`),
  state: ["KEN", "FRA", "SGP", "BRA"][i % 4] ?? "KEN",
}));
/** On the roster, never wrote to the bot: a broadcast looks them up when sending, then e-mails them. */
const SILENT = Array.from({ length: 2 }, (_, i) => ({
  user: who(`s${i}`, `Silent ${i}`, `silent${i}@mission.example`),
  state: "KEN",
}));
const STATES = someStates(6);
const POCS = STATES.flatMap((state) =>
  (["diplomatic", "technical"] as const).map((type) => ({
    state,
    type,
    id: `${state}:${type}`,
    user: who(`poc-${state}-${type}`, `${type} POC of ${state}`, pocEmail(state, type)),
  })),
);
/** POCs met in chat (the others are unreachable), and what each does with the ping. */
const REACHABLE = POCS.slice(0, 9);
const IN_TIME = REACHABLE.slice(0, 5);
const LATE = REACHABLE.slice(5, 7);

const screenshots =
  process.env.DASHBOARD_SCREENSHOTS === "1" ? "docs" : mkdtempSync(join(tmpdir(), "dashboard-"));

let t: DashboardBot;
let browser: Browser;
let page: Page;
let pingId = "";
const dialogs: string[] = [];
const cspErrors: string[] = [];

async function waitFor(condition: () => Promise<boolean>, what: string, ms = 20_000) {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const settled = async (campaign: string, count: number) => {
  const deliveries = await t.deps.outbox.campaign(campaign);
  return (
    deliveries.length === count && deliveries.every((d) => d.status !== "pending" && d.status !== "sending")
  );
};

const stat = (name: string) => page.locator(`[data-stat="${name}"]`).innerText();

beforeAll(async () => {
  t = await dashboardBot();
  const roster = [
    "email,name,state,roles",
    ...HEADS.map(
      ({ user, state }) => `${user.email},"${user.name.replace(/"/g, '""')}",${state},head of delegation`,
    ),
    ...[...DELEGATES, ...SILENT].map(({ user, state }) => `${user.email},${user.name},${state},delegate`),
  ].join("\n");
  expect((await t.deps.people.importRoster(roster, SEC.email ?? "", t.clock.now())).ok).toBe(true);
  const imported = await t.say(SEC, `import poc directory\n${directoryCsv(POCS)}`);
  expect(imported.map((m) => m.message.text).join("\n")).toMatch(/12/);
  for (const { user, says } of HEADS) await t.say(user, says);
  for (const { user } of DELEGATES) await t.say(user, "hello");
  for (const { user } of REACHABLE) await t.say(user, "hello");

  // A ping test of every POC: five answer in time, two after the close, two never.
  const preview = await t.say(SEC, "start ping test all window 1h");
  const start = preview
    .flatMap((m) => m.message.card?.buttons ?? [])
    .find((b) => b.actionId === PING_ACTIONS.start);
  await t.click(SEC, PING_ACTIONS.start, start?.value);
  pingId = (await new PingRepository(t.deps.store.namespace("ping")).latest()) ?? "";
  // Every POC is pinged in chat; the three who never wrote fail there and are e-mailed instead.
  const unreachableInChat = POCS.length - REACHABLE.length;
  await waitFor(() => settled(pingCampaign(pingId), POCS.length + unreachableInChat), "the pings");
  const ackValue = (poc: (typeof POCS)[number]) => `${pingId}|${poc.id}`;
  for (const poc of IN_TIME) {
    t.clock.advance(90_000);
    await t.click(poc.user, PING_ACTIONS.ack, ackValue(poc));
  }
  t.clock.advance(2 * 3_600_000);
  for (const poc of LATE) await t.click(poc.user, PING_ACTIONS.ack, ackValue(poc));

  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
  if (!screenshots.startsWith("docs")) rmSync(screenshots, { recursive: true, force: true });
});

describe("the Secretariat's dashboard in a browser", () => {
  it("signs in through the link a chat turn gave", async () => {
    const link = linkIn(await t.say(SEC, "dashboard")) ?? "";
    // The link names localhost; the browser reaches the same server on 127.0.0.1.
    await page.goto(link.replace("localhost", "127.0.0.1"));
    await expect(page.getByText(`Sign in as ${SEC.email}?`).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard\/$/);
    expect(await page.locator("h1").innerText()).toBe("Overview");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    // Every time is in the venue's zone, which the page names.
    expect(await page.locator("[data-zone]").getAttribute("data-zone")).toBe("America/New_York");
    expect(await page.locator("[data-zone]").innerText()).toBe("Times are New York time (America/New_York).");
  });

  it("overview: counts match the store, and link to their pages", async () => {
    const records = await new PocRepository(t.deps.store.namespace("poc")).all();
    expect(records).toHaveLength(POCS.length);
    expect(await stat("poc-total")).toBe(String(records.length));
    expect(await stat("poc-confirmed")).toBe(String(records.filter((r) => r.status === "confirmed").length));
    expect(await stat("poc-unreachable")).toBe(String(POCS.length - REACHABLE.length));
    expect(await stat("ping-tests")).toBe("1");
    expect(await stat("ping-latest-in-time")).toBe(String(IN_TIME.length));
    const answers = await rsvpRepository(t.deps).answersFor(RECEPTION);
    const attendingPeople = answers
      .filter((a) => a.status === "attending")
      .reduce((sum, a) => sum + 1 + a.experts.count, 0);
    expect(attendingPeople).toBe(5);
    expect(await stat(`rsvp-${RECEPTION}`)).toBe(String(attendingPeople));
    expect(await page.getByText("On now").isVisible()).toBe(true);
    await page.screenshot({ path: join(screenshots, "dashboard-overview.png"), fullPage: true });
    await page.locator('[data-stat="poc-total"]').click();
    await page.waitForURL(/\/dashboard\/poc$/);
  });

  it("POC directory: per type and State, the filters and a record's audit trail", async () => {
    await page.goto(`${new URL(page.url()).origin}/dashboard/poc`);
    expect(await stat("total")).toBe(String(POCS.length));
    expect(await stat("unreachable")).toBe(String(POCS.length - REACHABLE.length));
    const byType = page.locator("table", { has: page.locator("caption", { hasText: "By type" }) });
    expect(await byType.locator("tbody tr").first().innerText()).toMatch(/^Diplomatic\t6\t0\t6\t0\t/);
    await page.selectOption("#status", "unreachable");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/status=unreachable/);
    expect(await page.locator("caption", { hasText: "Records (unreachable)" }).innerText()).toBe(
      `Records (unreachable): ${POCS.length - REACHABLE.length}`,
    );
    const first = POCS.at(-1); // unreachable, so in the filtered list
    await page
      .getByRole("link", { name: `${first?.state} ${first?.type}` })
      .first()
      .click();
    const audit = page.locator("table", { has: page.locator("caption", { hasText: "Audit trail" }) });
    const history = await new PocRepository(t.deps.store.namespace("poc")).history(first?.id ?? "");
    expect(await audit.locator("tbody tr").count()).toBe(Math.max(1, history.length));
  });

  it("RSVPs: the event's numbers, by State, hostile names shown as text", async () => {
    await page.getByRole("link", { name: "RSVPs" }).click();
    await page
      .getByRole("link", { name: /reception/i })
      .first()
      .click();
    expect(await stat("attending")).toBe("5");
    expect(await stat("tentative")).toBe("1");
    expect(await stat("declined")).toBe("1");
    expect(await stat("experts")).toBe("3");
    const attending = page.locator("table", { has: page.locator("caption", { hasText: /^Attending$/ }) });
    expect(await attending.innerText()).toContain(SCRIPT_NAME);
    const tentative = page.locator("table", { has: page.locator("caption", { hasText: /^Tentative$/ }) });
    expect(await tentative.innerText()).toContain(FORMULA_NAME);
    expect(dialogs).toEqual([]);
  });

  it("ping test: the cumulative plot and its table, by type and State, and the CSV download", async () => {
    await page.getByRole("link", { name: "Ping tests" }).click();
    await page.getByRole("link", { name: pingId }).click();
    const acks = await new PingRepository(t.deps.store.namespace("ping")).acks(pingId);
    expect(acks.size).toBe(IN_TIME.length + LATE.length);
    expect(await stat("in-scope")).toBe(String(POCS.length));
    expect(await stat("in-time")).toBe(String(IN_TIME.length));
    expect(await stat("late")).toBe(String(LATE.length));
    // The POCs who never wrote were e-mailed their ping (none failed), and none of them answered.
    expect(await stat("no-answer")).toBe(String(POCS.length - IN_TIME.length - LATE.length));
    expect(await stat("failed")).toBe("0");
    // The start is shown in New York time (the venue's), the exact instant in the element.
    const started = page.locator("main > p time").first();
    const instant = (await started.getAttribute("datetime")) ?? "";
    const test = await new PingRepository(t.deps.store.namespace("ping")).test(pingId);
    expect(instant).toBe(test?.startedAt);
    expect(await started.innerText()).toBe(formatInTimeZone(instant, "America/New_York", "yyyy-MM-dd HH:mm"));
    // uPlot drew on a canvas (its script ran under the CSP); the table holds the same steps.
    await page.locator(".chart canvas").first().waitFor();
    const steps = page.locator("table", {
      has: page.locator("caption", { hasText: "Acknowledgements over time" }),
    });
    expect(await steps.locator("tbody tr").count()).toBe(acks.size);
    expect(await steps.locator("tbody tr").last().locator("td").last().innerText()).toBe(String(acks.size));
    await page.screenshot({ path: join(screenshots, "dashboard-ping-test.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ping-${pingId}.csv`);
    const rows = parse(readFileSync((await download.path()) ?? ""), { columns: true }) as Array<
      Record<string, string>
    >;
    const overall = rows.find((row) => row.level === "overall");
    expect(overall).toMatchObject({
      in_scope: String(POCS.length),
      acknowledged_in_time: String(IN_TIME.length),
      late: String(LATE.length),
    });
  });

  it("broadcasts: progress followed live to the end, per platform, the ledger and its filters", async () => {
    // The deliveries wait at a gate until the page is open, then go out 300 ms apart (8 at once):
    // in chat to those met there, by e-mail to the two never met (not found in chat when sent).
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const send = t.platform.adapter.send;
    t.platform.adapter.send = async (to, message) => {
      if (!to.startsWith("test:dm-sec")) await gate;
      return send(to, message);
    };
    const mail = t.deps.messenger.adapterFor("email:x@example.org");
    const mailSend = mail.send;
    mail.send = async (to, message) => {
      await gate;
      return mailSend(to, message);
    };
    t.platform.setDelay(300);
    const preview = await t.say(SEC, "broadcast to everyone: Plenary resumes at 15:00 in Conference Room 4");
    const confirm = preview
      .flatMap((m) => m.message.card?.buttons ?? [])
      .find((b) => b.actionId === BROADCAST_ACTIONS.confirm);
    await t.click(SEC, BROADCAST_ACTIONS.confirm, confirm?.value);
    const id = confirm?.value ?? "";
    await page.getByRole("link", { name: "Broadcasts" }).click();
    await page.getByRole("link", { name: id }).click();
    const state = page.locator('[data-field="state"]');
    expect(await state.innerText()).toBe("sending");
    const platforms = page.locator("table[data-platforms] tbody tr");
    const rowNames = () =>
      platforms.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-platform")));
    // Nothing has been sent, so no delivery has gone by e-mail yet: that row comes later.
    expect(await rowNames()).not.toContain("email");
    open();
    // What the page showed while it refreshed itself, until it said "finished" (never reloaded).
    const seen: string[] = [];
    const until = Date.now() + 30_000;
    // The state is read once a round: read again for the line, it could say "finished" by then
    // (a CI run saw "finished 32" recorded as a round while sending).
    for (
      let shown = await state.innerText();
      shown !== "finished" && Date.now() < until;
      shown = await state.innerText()
    ) {
      seen.push(`${shown} ${await page.locator('[data-field="sent"]').innerText()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await page.locator('[data-progress-url][data-finished="true"]').waitFor();
    expect(await state.innerText()).toBe("finished");
    const broadcast = await new BroadcastRepository(t.deps.store.namespace("broadcast")).get(id);
    const deliveries = await t.deps.outbox.campaign(campaignOf(id));
    expect(deliveries.length).toBe(broadcast?.reachable);
    const sent = deliveries.filter((d) => d.status === "sent");
    const byEmail = sent.filter((d) => d.sentTo?.startsWith("email:"));
    expect(byEmail.map((d) => d.sentTo).sort()).toEqual(SILENT.map(({ user }) => `email:${user.email}`));
    expect(await page.locator('[data-field="sent"]').innerText()).toBe(String(sent.length));
    expect(await page.locator('[data-field="pending"]').innerText()).toBe("0");
    // The page showed the count rising without a reload.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(2);
    expect(seen.filter((line) => !line.startsWith("sending"))).toEqual([]);
    // The per-platform table, refreshed in place: the e-mail row was added while sending.
    const chat = sent.length - byEmail.length;
    expect(await platforms.allInnerTexts()).toEqual([
      `email\t${byEmail.length}\t${byEmail.length}\t0\t0\t0`,
      `test\t${chat}\t${chat}\t0\t0\t0`,
    ]);
    await page.fill("#f-name", "Delegate 1");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/name=Delegate/);
    const ledger = page.locator("table", { has: page.locator("caption", { hasText: /^Recipients/ }) });
    // "Delegate 1" and "Delegate 10" … "Delegate 15".
    expect(await ledger.locator("tbody tr").count()).toBe(7);
    await page.fill("#f-name", "Silent");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/name=Silent/);
    expect(await ledger.locator("tbody tr").first().innerText()).toMatch(
      /^Silent 0\tsilent0@mission\.example\temail\tsent\t1\t/,
    );
    t.platform.setDelay(0);
    t.platform.adapter.send = send;
    mail.send = mailSend;
  });

  it("in Arabic: the page is right to left, its frame in Arabic, mirrored, and renders whole", async () => {
    const user: UserRef = {
      id: SEC.id as Address,
      displayName: SEC.name,
      ...(SEC.email ? { verifiedEmail: SEC.email } : {}),
      isBot: false,
      isMe: false,
    };
    await t.deps.people.setLanguage(user, { chosen: "ar" }, t.clock.now());
    await page.goto(`${new URL(page.url()).origin}/dashboard/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("ar");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("main").getAttribute("lang")).toBe("en");
    expect(await page.locator("[data-zone]").getAttribute("lang")).toBe("ar");
    expect(await page.locator("[data-zone]").innerText()).toContain("الأوقات بتوقيت");
    expect(await page.getByRole("link", { name: "نظرة عامة" }).isVisible()).toBe(true);
    // Mirrored: the brand sits at the right, the sign-out form at the left.
    const brand = await page.locator(".brand").boundingBox();
    const signout = await page.locator(".signout").boundingBox();
    expect((brand?.x ?? 0) > (signout?.x ?? 0)).toBe(true);
    expect(await stat("poc-total")).toBe(String(POCS.length));
    const overflow = Number(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
    expect(overflow <= 0).toBe(true);
    await page.screenshot({ path: join(screenshots, "dashboard-overview-ar.png"), fullPage: true });
    await t.deps.people.setLanguage(user, { chosen: null }, t.clock.now());
    await page.goto(`${new URL(page.url()).origin}/dashboard/`);
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
  });

  it("reminders: the page answers with its windows", async () => {
    await page.getByRole("link", { name: "Reminders" }).click();
    expect(await page.locator("h1").innerText()).toBe("Reminders");
    expect(Number(await stat("next"))).toBeGreaterThanOrEqual(0);
  });

  it("works on a phone's width without sideways scrolling, and no CSP violation happened", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/dashboard/", `/dashboard/ping/${pingId}`, "/dashboard/poc"]) {
      await page.goto(`${new URL(page.url()).origin}${path}`);
      const overflow = Number(
        await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"),
      );
      expect([path, overflow <= 0]).toEqual([path, true]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(cspErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it("signs out: the pages send back to the sign-in page", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/dashboard\/signin$/);
    await page.goto(`${new URL(page.url()).origin}/dashboard/`);
    expect(page.url()).toMatch(/\/dashboard\/signin$/);
    expect(existsSync(join(screenshots, "dashboard-overview.png"))).toBe(true);
  });
});
