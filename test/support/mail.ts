/**
 * The bot's e-mail adapter in a test, as `bot/app.ts` runs it: started on the core's sink and
 * its own store namespace, and added to the messenger, so that the outbox sends by e-mail.
 */
import { createEmailAdapter, parseEmailConfig } from "../../adapters/email/index.js";
import type { BotCore } from "../../bot/bot.js";
import { silentLogger } from "../../bot/logger.js";
import type { BotDeps } from "../../bot/module.js";
import type { Store } from "../../bot/store/port.js";
import type { ChatAdapter } from "../../bot/types.js";

/** What the adapter runs on: a test core (`testCore`, `pocBot`, …). */
export interface MailHost {
  core: Pick<BotCore, "sink">;
  store: Store;
  deps: Pick<BotDeps, "messenger">;
}

/**
 * Starts the e-mail adapter on `bot`: `{ SMTP_URL }` (a test SMTP server, `startSmtpServer`) or
 * `{ MAIL_DIR }` (`.eml` files). Stop it when the test ends.
 * @example const mail = await startMail(bot, { SMTP_URL: smtp.url }); stops.push(() => mail.stop());
 */
export async function startMail(host: MailHost, env: Record<string, string>): Promise<ChatAdapter> {
  const mail = createEmailAdapter(parseEmailConfig(env));
  await mail.start({
    sink: host.core.sink,
    store: host.store.namespace("adapter:email"),
    log: silentLogger(),
  });
  host.deps.messenger.add(mail);
  return mail;
}
