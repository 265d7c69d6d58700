/**
 * One-click links on the bot's real HTTP server: a GET only shows (a mail scanner's fetch
 * records nothing), the POST records once; expired, reused and forged tokens get a clear
 * page and record nothing; the page is escaped and locked down.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../bot/clock.js";
import { HttpServer, RouteTable } from "../../bot/http.js";
import { Links } from "../../bot/links/links.js";
import { silentLogger } from "../../bot/logger.js";
import { openStore } from "../../bot/store/index.js";

/** The bot's real HTTP server with links of one kind, `test-ack`, handled by `handler`, on a fixed clock. */
async function linkServer(handler: Parameters<Links["register"]>[1]) {
  const clock = fixedClock("2024-06-10T13:00:00Z");
  const http = new HttpServer(silentLogger());
  const port = await http.listen(0, "127.0.0.1");
  const base = `http://127.0.0.1:${port}`;
  const links = new Links({
    store: await openStore("memory:"),
    clock,
    log: silentLogger(),
    publicUrl: `${base}/`,
  });
  links.register("test-ack", handler);
  const routes = new RouteTable();
  links.mount(routes);
  routes.mountOn(http);
  return { clock, http, base, links };
}

describe("one-click links", () => {
  let http: HttpServer;
  let links: Links;
  let clock: ReturnType<typeof fixedClock>;
  let recorded: Array<{ payload: Record<string, string>; at: string }>;
  let base: string;

  beforeEach(async () => {
    recorded = [];
    ({ clock, http, base, links } = await linkServer({
      show: async (payload) => ({
        title: `Ping <${payload.who}>`,
        text: "Click to acknowledge.",
        button: "Acknowledge",
      }),
      record: async (payload, at) => {
        recorded.push({ payload, at: at.toISOString() });
        return "Your acknowledgement was recorded.";
      },
    }));
  });
  afterEach(async () => {
    await http.close();
  });

  it("GET shows one button and records nothing; POST records once; a second POST records nothing", async () => {
    const url = (await links.issue("test-ack", { who: "KEN" }, new Date("2024-06-12T13:00:00Z"))) as string;
    expect(url).toMatch(new RegExp(`^${base}/l/[A-Za-z0-9_-]{43}$`));
    const page = await fetch(url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Ping &lt;KEN&gt;");
    expect(html).toContain('<form method="post"><button type="submit">Acknowledge</button></form>');
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    await fetch(url); // a scanner fetching twice
    expect(recorded).toEqual([]);

    clock.advance(90_000);
    const posted = await fetch(url, { method: "POST" });
    expect([posted.status, await posted.text()]).toEqual([
      200,
      expect.stringContaining("Your acknowledgement was recorded."),
    ]);
    expect(recorded).toEqual([{ payload: { who: "KEN" }, at: "2024-06-10T13:01:30.000Z" }]);

    const again = await fetch(url, { method: "POST" });
    expect([again.status, await again.text()]).toEqual([
      409,
      expect.stringContaining("already used, on 10 June 2024, 13:01 UTC"),
    ]);
    const shownAfter = await fetch(url);
    expect(shownAfter.status).toBe(409);
    expect(recorded).toHaveLength(1);
  });

  it("two clicks racing record once", async () => {
    const url = (await links.issue("test-ack", { who: "FRA" }, new Date("2024-06-12T13:00:00Z"))) as string;
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(url, { method: "POST" })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(recorded).toHaveLength(1);
  });

  it("an expired link says so and records nothing", async () => {
    const url = (await links.issue("test-ack", { who: "KEN" }, new Date("2024-06-10T14:00:00Z"))) as string;
    clock.set("2024-06-10T14:00:01Z");
    const shown = await fetch(url);
    const posted = await fetch(url, { method: "POST" });
    expect([shown.status, posted.status]).toEqual([410, 410]);
    expect(await posted.text()).toContain("expired on 10 June 2024, 14:00 UTC. Nothing was recorded.");
    expect(recorded).toEqual([]);
  });

  it("a forged, truncated or altered token records nothing", async () => {
    const url = (await links.issue("test-ack", { who: "KEN" }, new Date("2024-06-12T13:00:00Z"))) as string;
    const token = url.slice(url.lastIndexOf("/") + 1);
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const path of [
      `/l/${altered}`,
      `/l/${token.slice(0, 20)}`,
      "/l/",
      "/l/%3Cscript%3E",
      `/l/${"A".repeat(43)}`,
    ]) {
      const posted = await fetch(`${base}${path}`, { method: "POST" });
      expect([path, posted.status]).toEqual([path, 404]);
      expect(await posted.text()).toContain("Nothing was recorded.");
    }
    expect(recorded).toEqual([]);
  });

  it("no link is given out without PUBLIC_URL", async () => {
    const offline = new Links({ store: await openStore("memory:"), clock, log: silentLogger() });
    expect([offline.available(), await offline.issue("test-ack", {}, new Date("2030-01-01"))]).toEqual([
      false,
      undefined,
    ]);
  });
});

describe("link refusals in the reader's language", () => {
  let http: HttpServer;
  let links: Links;
  let base: string;

  beforeEach(async () => {
    ({ http, base, links } = await linkServer({
      show: async () => ({ title: "t", text: "x", button: "b" }),
      record: async () => "ok",
    }));
  });
  afterEach(async () => {
    await http.close();
  });

  it("a used link answers in the language of the e-mail it came in, GET and POST, with lang and dir", async () => {
    const url = (await links.issue("test-ack", { locale: "ar" }, new Date("2024-06-12T13:00:00Z"))) as string;
    await fetch(url, { method: "POST" });
    for (const method of ["GET", "POST"]) {
      const again = await fetch(url, { method, headers: { "accept-language": "fr" } });
      const html = await again.text();
      expect([method, again.status]).toEqual([method, 409]);
      expect(html).toContain('<html lang="ar" dir="rtl">');
      expect(html).toContain("استُخدم من قبل");
      expect(html).not.toMatch(/already used|Nothing/);
    }
    const french = (await links.issue(
      "test-ack",
      { locale: "fr" },
      new Date("2024-06-12T13:00:00Z"),
    )) as string;
    await fetch(french, { method: "POST" });
    const html = await (await fetch(french)).text();
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain("10 juin 2024");
  });

  it.each([
    ["fr-CH, fr;q=0.9, en;q=0.8", "fr", "ltr"],
    ["de-DE, ar;q=0.7, zh;q=0.9", "zh", "ltr"],
    ["ar-EG", "ar", "rtl"],
    ["de, it;q=0.5", "en", "ltr"],
    ["es;q=0, ru", "ru", "ltr"],
    [undefined, "en", "ltr"],
  ])("an unknown link with Accept-Language %s answers in %s", async (header, lang, dir) => {
    const headers: Record<string, string> = header ? { "accept-language": header } : {};
    for (const method of ["GET", "POST"]) {
      const page = await fetch(`${base}/l/${"A".repeat(43)}`, { method, headers });
      const html = await page.text();
      expect(page.status).toBe(404);
      expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
      if (lang !== "en") expect(html).not.toContain("Nothing was recorded");
    }
  });
});
