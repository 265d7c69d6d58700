/**
 * The e-mail channel as an adapter: it sends (nothing comes in by e-mail; answers come back
 * as one-click links, `bot/links/`). Over SMTP with nodemailer's pooled transport when
 * `SMTP_URL` is set; otherwise each message is written to `MAIL_DIR` as an `.eml` file and
 * logged, so that pings and broadcasts by e-mail can be tried locally.
 */
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { Outgoing } from "../../bot/cards.js";
import { DeliveryError } from "../../bot/errors.js";
import type { Logger } from "../../bot/logger.js";
import { EMAIL_CHANNEL, mailboxOf } from "../../bot/reach/channels.js";
import type { AdapterHost, Address, ChatAdapter, SentRef } from "../../bot/types.js";
import type { EmailConfig } from "./config.js";
import { toEmailDeliveryError } from "./errors.js";
import { renderEmail } from "./render.js";

/**
 * Code-level tuning.
 * @example createEmailAdapter(config, { maxConnections: 4 })
 */
export interface EmailAdapterOptions {
  /** SMTP connections held open at once (nodemailer's pool). Default 5. */
  maxConnections?: number;
  /** Socket timeout of an SMTP exchange. Default 30 s. */
  timeoutMs?: number;
}

const MAILBOX = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$|^[^\s@<>]+@localhost$/;

/**
 * @example
 * const mail = createEmailAdapter(parseEmailConfig(process.env));
 * await mail.start(host);
 * await mail.send("email:ann@mission.ke", { text: "Ping test: please acknowledge." });
 */
export function createEmailAdapter(config: EmailConfig, options: EmailAdapterOptions = {}): ChatAdapter {
  let log: Logger | undefined;
  const transport = config.smtpUrl
    ? nodemailer.createTransport({
        url: config.smtpUrl,
        pool: true,
        maxConnections: options.maxConnections ?? 5,
        connectionTimeout: options.timeoutMs ?? 30_000,
        socketTimeout: options.timeoutMs ?? 30_000,
        greetingTimeout: options.timeoutMs ?? 30_000,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

  const send = async (to: Address, message: Outgoing): Promise<SentRef> => {
    const mailbox = mailboxOf(to);
    if (!mailbox || !MAILBOX.test(mailbox)) throw new DeliveryError(`"${to}" is not an e-mail address`, true);
    const mail = renderEmail(message);
    let info: { messageId?: string; message?: unknown };
    try {
      info = await transport.sendMail({ from: config.from, to: mailbox, ...mail });
    } catch (error) {
      throw toEmailDeliveryError(error);
    }
    const messageId = info.messageId ?? randomBytes(8).toString("hex");
    if (!config.smtpUrl) {
      const file = join(
        config.mailDir,
        `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}.eml`,
      );
      await mkdir(config.mailDir, { recursive: true });
      await writeFile(file, info.message as Buffer);
      log?.info({ file, to: mailbox, subject: mail.subject }, "e-mail written (no SMTP_URL set)");
    }
    return { address: to, messageId };
  };

  return {
    name: EMAIL_CHANNEL,
    async start(host: AdapterHost) {
      log = host.log;
      log.info(
        config.smtpUrl ? { smtp: redact(config.smtpUrl) } : { dir: config.mailDir },
        config.smtpUrl ? "e-mail goes out over SMTP" : "no SMTP_URL: e-mail is written to files",
      );
    },
    async stop() {
      transport.close();
    },
    send,
  };
}

/** The SMTP URL without its password, for logs. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
