/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1, port 0, for the e-mail
 * channel's tests: it captures every message and can refuse recipients with a 4xx
 * (try later) or 5xx (undeliverable) reply, per address or for the next messages.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * One message the server accepted.
 * @example const [mail]: CapturedMail[] = smtp.messages; mail?.to; // "ann@mission.ke"
 */
export interface CapturedMail {
  from: string;
  to: string;
  subject: string;
  /** The raw message, quoted-printable soft breaks undone (so links read whole). */
  body: string;
  at: number;
}

/**
 * @example
 * const smtp = await startSmtpServer();
 * smtp.refuse("gone@mission.ke", 550);   // undeliverable
 * smtp.refuseNext(2, 451);               // the next two messages: try later
 * // SMTP_URL = smtp.url
 */
export interface TestSmtpServer {
  url: string;
  messages: CapturedMail[];
  /** Every recipient refusal the server answered, in order. */
  refusals: Array<{ to: string; code: number; at: number }>;
  /** Refuses an address with `code`, every time or the next `times` times. */
  refuse(address: string, code: number, times?: number): void;
  refuseNext(count: number, code: number): void;
  /** Messages to one address. */
  to(address: string): CapturedMail[];
  waitForMessages(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

/** @example const smtp = await startSmtpServer(); */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: CapturedMail[] = [];
  const refusals: TestSmtpServer["refusals"] = [];
  const byAddress = new Map<string, { code: number; times: number }>();
  const next: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      const rule = byAddress.get(to);
      if (rule) rule.times -= 1;
      if (rule && rule.times <= 0) byAddress.delete(to);
      const code = rule?.code ?? next.shift();
      if (code === undefined) return callback();
      refusals.push({ to, code, at: Date.now() });
      const error = Object.assign(
        new Error(code >= 500 ? "5.1.1 mailbox unavailable" : "4.7.1 try again later"),
        {
          responseCode: code,
        },
      );
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const body = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
        const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1]?.replace(/\r?\n[ \t]/g, " ") ?? "";
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        for (const recipient of session.envelope.rcptTo)
          messages.push({ from, to: recipient.address.toLowerCase(), subject, body, at: Date.now() });
        callback();
      });
    },
  });
  // A client killed mid-session (the crash tests SIGKILL the bot) resets its connection: that
  // is the client's doing, not the server's failure. Anything else still surfaces.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "ECONNRESET" || error.code === "EPIPE") return;
    throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refusals,
    refuse: (address, code, times = Number.POSITIVE_INFINITY) =>
      byAddress.set(address.toLowerCase(), { code, times }),
    refuseNext: (count, code) => {
      for (let index = 0; index < count; index += 1) next.push(code);
    },
    to: (address) => messages.filter((mail) => mail.to === address.toLowerCase()),
    async waitForMessages(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} e-mail(s), got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return messages;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
