/**
 * The e-mail channel: always present (SMTP when `SMTP_URL` is set, `.eml` files otherwise).
 */
import type { Env } from "../../bot/config.js";
import type { ChatAdapter } from "../../bot/types.js";
import { createEmailAdapter } from "./adapter.js";
import { parseEmailConfig } from "./config.js";

export { createEmailAdapter, type EmailAdapterOptions } from "./adapter.js";
export { type EmailConfig, parseEmailConfig } from "./config.js";
export { renderEmail } from "./render.js";

/**
 * @example const mail = emailChannel(process.env); messenger.add(mail);
 */
export function emailChannel(env: Env): ChatAdapter {
  return createEmailAdapter(parseEmailConfig(env));
}
