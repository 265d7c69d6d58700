/**
 * The e-mail channel's configuration, parsed with zod from the environment: an SMTP server
 * (`SMTP_URL`) and the sender (`MAIL_FROM`); without `SMTP_URL`, mail is written as `.eml`
 * files under `MAIL_DIR` (the `npm start` default), so everything can be tried locally.
 */
import { z } from "zod";
import { type Env, parseEnv } from "../../bot/config.js";

const emailEnvSchema = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "use smtp://user:password@host:587 or smtps://user:password@host:465")
    .optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(
      /^(?:[^<>]*<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/,
      'use "Name <address@example.org>" or an address',
    )
    .default("Delegate bot <delegate-bot@localhost>"),
  MAIL_DIR: z.string().min(1).default("state/mail"),
});

/**
 * The parsed e-mail configuration.
 * @example const config: EmailConfig = { smtpUrl: "smtp://127.0.0.1:2525", from: "Bot <bot@un.example>", mailDir: "state/mail" };
 */
export interface EmailConfig {
  /** Where mail is sent; absent: written to {@link EmailConfig.mailDir} instead. */
  smtpUrl?: string;
  from: string;
  mailDir: string;
}

/**
 * @example parseEmailConfig({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "bot@un.example" })
 */
export function parseEmailConfig(env: Env): EmailConfig {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = parseEnv(emailEnvSchema, blanksRemoved, "E-mail");
  return { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM, mailDir: parsed.MAIL_DIR };
}
