/**
 * The dashboard's security rules over real HTTP, against a whole bot: who gets a link, what a
 * link opens (once, for 10 minutes), sessions that end with the role, CSRF and cross-site
 * requests, the Content-Security-Policy, escaping, and the static routes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_FOR_YOU } from "../../dashboard/module.js";
import { type DashboardBot, dashboardBot, linkIn, SEC, signIn, who } from "./support.js";

const SEC2 = who("sec2", "Second officer", "sec2@un.org");
const DELEGATE = who("dan", "Dan Delegate", "dan@mission.example");
const POC = who("poc", "Pat POC", "technical.ken@poc.example");
const STRANGER = who("anon", "No email");

const ROSTER = [
  "email,name,state,roles",
  "sec2@un.org,Second officer,,secretariat",
  "dan@mission.example,Dan Delegate,KEN,delegate",
  "technical.ken@poc.example,Pat POC,KEN,poc",
  "head.ken@mission.example,<script>alert(1)</script>,KEN,head of delegation",
  'head.fra@mission.example,"=HYPERLINK(""http://evil.example"",""x"")",FRA,head of delegation',
].join("\n");

let t: DashboardBot;

beforeAll(async () => {
  t = await dashboardBot();
  const imported = await t.deps.people.importRoster(ROSTER, SEC.email ?? "", t.clock.now());
  expect(imported.ok).toBe(true);
});
afterAll(() => t.stop());

const get = (path: string, cookie = "") =>
  fetch(`${t.base}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

describe("who gets a sign-in link", () => {
  it("a Secretariat member gets one in a direct message, under the server's address", async () => {
    const link = linkIn(await t.say(SEC, "dashboard"));
    expect(link).toMatch(new RegExp(`^http://localhost:${t.bot.port}/dashboard/signin/[A-Za-z0-9_-]{43}$`));
  });

  it("a delegate, a POC and someone without a verified e-mail get none, in words that do not name a dashboard", async () => {
    for (const user of [DELEGATE, POC, STRANGER]) {
      const answer = await t.say(user, "dashboard");
      expect(answer.map((entry) => entry.message.text)).toEqual([NOT_FOR_YOU]);
      expect(linkIn(answer)).toBeUndefined();
    }
    expect(NOT_FOR_YOU.toLowerCase()).not.toContain("dashboard");
  });
});

describe("what a link opens", () => {
  it("no session: every page sends to the sign-in page, which explains how to get a link", async () => {
    for (const path of ["/dashboard/", "/dashboard/poc", "/dashboard/ping", "/dashboard/poc.csv"]) {
      const response = await get(path);
      expect([path, response.status, response.headers.get("location")]).toEqual([
        path,
        303,
        "/dashboard/signin",
      ]);
    }
    const page = await (await get("/dashboard/signin")).text();
    expect(page).toContain("type <kbd>dashboard</kbd> to the bot in a direct message");
  });

  it("a link opens one session, with an HttpOnly, SameSite=Strict cookie of at most 12 hours; a second use is refused", async () => {
    const link = linkIn(await t.say(SEC, "dashboard")) ?? "";
    const first = await signIn(t.base, link);
    expect(first.response.status).toBe(303);
    const cookie = first.response.headers
      .getSetCookie()
      .find((line) => line.startsWith("dashboard_session="));
    expect(cookie).toMatch(/; Max-Age=43200; Path=\/dashboard; HttpOnly; SameSite=Strict$/);
    expect((await get("/dashboard/", first.jar.header())).status).toBe(200);

    const again = await signIn(t.base, link);
    expect(again.page.status).toBe(403);
    expect(again.pageText).toContain("already been used");
    expect(again.response.status).toBe(403);
    expect(again.jar.has("dashboard_session")).toBe(false);
  });

  it("a forged link and an expired one are refused and open nothing", async () => {
    const forged = await signIn(t.base, `${t.base}/dashboard/signin/${"A".repeat(43)}`);
    expect([forged.page.status, forged.response.status, forged.jar.has("dashboard_session")]).toEqual([
      403,
      403,
      false,
    ]);
    const malformed = await get("/dashboard/signin/..%2F..%2Fetc%2Fpasswd");
    expect(malformed.status).toBe(403);

    const link = linkIn(await t.say(SEC, "dashboard")) ?? "";
    t.clock.advance(10 * 60_000 + 1_000);
    const expired = await signIn(t.base, link);
    expect(expired.page.status).toBe(403);
    expect(expired.pageText).toContain("has expired");
    expect([expired.response.status, expired.jar.has("dashboard_session")]).toEqual([403, false]);
  });

  it("sign-out ends the session: the cookie no longer opens anything", async () => {
    const { jar } = await signIn(t.base, linkIn(await t.say(SEC, "dashboard")) ?? "");
    const cookie = jar.header();
    const overview = await (await get("/dashboard/", cookie)).text();
    const csrf = overview.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? "";
    const out = await fetch(`${t.base}/dashboard/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: t.base },
      body: new URLSearchParams({ _csrf: csrf }),
    });
    expect([out.status, out.headers.get("location")]).toEqual([303, "/dashboard/signin"]);
    expect((await get("/dashboard/", cookie)).status).toBe(303);
  });

  it("a member removed from the Secretariat loses a session at once", async () => {
    const { jar } = await signIn(t.base, linkIn(await t.say(SEC2, "dashboard")) ?? "");
    expect((await get("/dashboard/poc", jar.header())).status).toBe(200);
    const without = ROSTER.split("\n")
      .map((line) => (line.startsWith("sec2@") ? "sec2@un.org,Second officer,,delegate" : line))
      .join("\n");
    expect((await t.deps.people.importRoster(without, SEC.email ?? "", t.clock.now())).ok).toBe(true);
    const after = await get("/dashboard/poc", jar.header());
    expect([after.status, after.headers.get("location")]).toEqual([303, "/dashboard/signin"]);
    expect(linkIn(await t.say(SEC2, "dashboard"))).toBeUndefined();
    // Restored to the role, the old cookie still opens nothing: the session was ended.
    await t.deps.people.importRoster(ROSTER, SEC.email ?? "", t.clock.now());
    expect((await get("/dashboard/poc", jar.header())).status).toBe(303);
  });
});

describe("state-changing requests", () => {
  it("a cross-site POST is refused, with or without a token, and changes nothing", async () => {
    const { jar } = await signIn(t.base, linkIn(await t.say(SEC, "dashboard")) ?? "");
    const cookie = jar.header();
    const overview = await (await get("/dashboard/", cookie)).text();
    const csrf = overview.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? "";
    const post = (headers: Record<string, string>, body: Record<string, string>) =>
      fetch(`${t.base}/dashboard/signout`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams(body),
      });
    // Another site's form (a browser would not even send the SameSite=Strict cookie).
    expect((await post({ cookie, origin: "https://evil.example" }, { _csrf: csrf })).status).toBe(403);
    expect((await post({ cookie, "sec-fetch-site": "cross-site" }, { _csrf: csrf })).status).toBe(403);
    // Same origin, but no token or someone else's token.
    expect((await post({ cookie, origin: t.base }, {})).status).toBe(403);
    expect((await post({ cookie, origin: t.base }, { _csrf: "x".repeat(40) })).status).toBe(403);
    // The session is still open.
    expect((await get("/dashboard/", cookie)).status).toBe(200);
  });

  it("the sign-in form itself needs its token", async () => {
    const link = linkIn(await t.say(SEC, "dashboard")) ?? "";
    const token = new URL(link).pathname.split("/").at(-1) ?? "";
    const response = await fetch(`${t.base}/dashboard/signin`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().some((line) => line.startsWith("dashboard_session="))).toBe(false);
    // The link was not used up by the refused attempt.
    expect((await signIn(t.base, link)).response.status).toBe(303);
  });
});

describe("what the pages send", () => {
  it("a strict Content-Security-Policy, no inline script, and roster names as text", async () => {
    await t.say(
      who("head-ken", "<script>alert(1)</script>", "head.ken@mission.example"),
      "rsvp attending with 1 expert",
    );
    await t.say(who("head-fra", "x", "head.fra@mission.example"), "rsvp maybe");
    const { jar } = await signIn(t.base, linkIn(await t.say(SEC, "dashboard")) ?? "");
    const response = await get("/dashboard/rsvp/oewg-7-reception-2024-03-04", jar.header());
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'none'",
    );
    const page = await response.text();
    expect(page).toContain("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>");
    expect(page).toContain("<td>=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)</td>");
    expect(page).not.toContain("<script>alert");
    expect(response.headers.get("strict-transport-security")).toBeNull(); // plain http here
    expect(page.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();

    const csv = await (await get("/dashboard/rsvp/oewg-7-reception-2024-03-04.csv", jar.header())).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("<script>alert(1)</script>");
  });

  it("static routes serve their files only: path traversal is refused", async () => {
    expect((await get("/dashboard/assets/dashboard.css")).status).toBe(200);
    expect((await get("/dashboard/vendor/uplot/uPlot.iife.min.js")).status).toBe(200);
    for (const path of [
      "/dashboard/assets/../plugin.ts",
      "/dashboard/assets/..%2fplugin.ts",
      "/dashboard/assets/%2e%2e/plugin.ts",
      "/dashboard/assets/..%5cplugin.ts",
      "/dashboard/assets/%2e%2e%2f%2e%2e%2fpackage.json",
      "/dashboard/vendor/uplot/../package.json",
      "/dashboard/vendor/uplot/..%2f..%2f..%2fpackage.json",
      "/dashboard/vendor/uplot/uPlot.d.ts",
    ]) {
      const response = await get(path);
      const body = await response.text();
      // 404 (no such file under the root) or 403 (a path send() calls malicious): nothing served.
      expect([path, [403, 404].includes(response.status)]).toEqual([path, true]);
      expect(body).not.toContain("fastify");
      expect(body).not.toContain('"name"');
    }
  });
});
