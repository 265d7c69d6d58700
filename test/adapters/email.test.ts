/**
 * The e-mail channel against a real SMTP server: plain text plus HTML, links whole, a 5xx
 * refusal is permanent (undeliverable), a 4xx is transient; without SMTP, `.eml` files.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmailAdapter, parseEmailConfig, renderEmail } from "../../adapters/email/index.js";
import { cardMessage } from "../../bot/cards.js";
import { ConfigError, DeliveryError } from "../../bot/errors.js";
import { silentLogger } from "../../bot/logger.js";
import { openStore } from "../../bot/store/index.js";
import type { AdapterHost } from "../../bot/types.js";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server.js";

const host = async (): Promise<AdapterHost> => ({
  sink: { dispatch: async () => undefined },
  store: await openStore("memory:"),
  log: silentLogger(),
});

describe("e-mail over SMTP", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
  });

  it("sends plain text and HTML, with link buttons as links and chat-only buttons left out", async () => {
    const mail = createEmailAdapter(
      parseEmailConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Bot <bot@un.example>" }),
    );
    await mail.start(await host());
    const url = "http://localhost:3978/l/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefg";
    const sent = await mail.send(
      "email:Ann@Mission.ke",
      cardMessage({
        title: "Ping test <of> the POC directory",
        sections: [{ text: "Please acknowledge." }],
        buttons: [
          { actionId: "ping:ack", label: "Acknowledge in chat", value: "x" },
          { actionId: "link", label: "Acknowledge", url },
        ],
      }),
    );
    await mail.stop();
    expect(sent.address).toBe("email:Ann@Mission.ke");
    const [message] = smtp.to("ann@mission.ke");
    expect(message?.from).toBe("bot@un.example");
    expect(message?.subject).toBe("Ping test <of> the POC directory");
    expect(message?.body).toContain("Content-Type: text/plain");
    expect(message?.body).toContain("Content-Type: text/html");
    expect(message?.body).toContain(`Acknowledge: ${url}`);
    expect(message?.body).toContain(`<a href="${url}">`);
    expect(message?.body).toContain("Ping test &lt;of&gt; the POC directory");
    expect(message?.body).not.toContain("Acknowledge in chat");
  });

  it("a 5xx refusal is permanent (undeliverable); a 4xx is worth retrying", async () => {
    const mail = createEmailAdapter(parseEmailConfig({ SMTP_URL: smtp.url }));
    await mail.start(await host());
    smtp.refuse("gone@mission.ke", 550);
    smtp.refuse("busy@mission.ke", 451);
    const gone = await mail.send("email:gone@mission.ke", { text: "hi" }).catch((error: unknown) => error);
    const busy = await mail.send("email:busy@mission.ke", { text: "hi" }).catch((error: unknown) => error);
    await mail.stop();
    expect(gone).toBeInstanceOf(DeliveryError);
    expect((gone as DeliveryError).permanent).toBe(true);
    expect((gone as DeliveryError).message).toMatch(/undeliverable.*550/);
    expect(busy).toBeInstanceOf(DeliveryError);
    expect((busy as DeliveryError).permanent).toBe(false);
    expect(smtp.to("gone@mission.ke")).toEqual([]);
  });

  it("refuses an address that is not an e-mail, permanently, without a connection", async () => {
    const mail = createEmailAdapter(parseEmailConfig({ SMTP_URL: smtp.url }));
    const error = await mail.send("email:not-an-address", { text: "hi" }).catch((e: unknown) => e);
    await mail.stop();
    expect((error as DeliveryError).permanent).toBe(true);
  });

  it("a server that does not answer is a transient failure", async () => {
    const mail = createEmailAdapter(parseEmailConfig({ SMTP_URL: "smtp://127.0.0.1:1" }));
    const error = await mail.send("email:ann@mission.ke", { text: "hi" }).catch((e: unknown) => e);
    await mail.stop();
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(false);
  });
});

describe("e-mail without SMTP", () => {
  it("writes one .eml file per message", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mail-"));
    try {
      const mail = createEmailAdapter(parseEmailConfig({ MAIL_DIR: dir }));
      await mail.start(await host());
      await mail.send("email:ann@mission.ke", { text: "The session moves to Room 4." });
      const files = await readdir(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const raw = await readFile(join(dir, files[0] as string), "utf8");
      expect(raw).toContain("To: ann@mission.ke");
      expect(raw).toContain("Subject: The session moves to Room 4.");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("names a malformed variable", () => {
    expect(() => parseEmailConfig({ SMTP_URL: "http://mail" })).toThrow(ConfigError);
    expect(() => parseEmailConfig({ SMTP_URL: "http://mail" })).toThrow(/SMTP_URL/);
    expect(() => parseEmailConfig({ MAIL_FROM: "not an address" })).toThrow(/MAIL_FROM/);
  });

  it("renders text-only messages with the first line as subject", () => {
    expect(renderEmail({ text: "Line one\nLine <two>" })).toEqual({
      subject: "Line one",
      text: "Line one\nLine <two>",
      html: "<!doctype html><html><body><p>Line one<br>Line &lt;two&gt;</p></body></html>",
    });
  });
});
