/**
 * Tells the Secretariat about changes to the directory, through the outbox (one direct
 * message per Secretariat account, with a deterministic id so that nothing is sent twice).
 */

import { z } from "zod";
import { cardMessage } from "../../bot/cards.js";
import type { BotDeps } from "../../bot/module.js";
import { secretariatAccounts } from "./people.js";

/** Kind of the outbox deliveries carrying a notice. */
export const NOTICE_KIND = "poc:notice";
/** Campaign of the notices. */
export const NOTICE_CAMPAIGN = "poc-notice";

const noticePayloadSchema = z.object({ title: z.string(), lines: z.array(z.string()) });

/**
 * Registers the notice renderer on the outbox.
 * @example registerNoticeRenderer(deps);
 */
export function registerNoticeRenderer(deps: BotDeps): void {
  deps.outbox.register(NOTICE_KIND, (delivery, _now, _to, locale) => {
    const payload = noticePayloadSchema.parse(delivery.payload);
    return cardMessage({ title: payload.title, sections: [{ text: payload.lines.join("\n") }] }, locale);
  });
}

/**
 * Queues a notice to every Secretariat account; returns how many were queued.
 * @example await notifySecretariat(deps, "KEN:technical@2024-05-09T10:00:00.000Z", "POC details changed", ["phone: … → …"], now);
 */
export async function notifySecretariat(
  deps: BotDeps,
  noticeId: string,
  title: string,
  lines: string[],
  now: Date,
): Promise<number> {
  const accounts = await secretariatAccounts(deps);
  if (accounts.length === 0) {
    deps.log.warn(
      { noticeId },
      "no Secretariat chat account is known; the change is in the audit trail only",
    );
    return 0;
  }
  for (const account of accounts) {
    await deps.outbox.enqueue({
      campaign: NOTICE_CAMPAIGN,
      localId: `${noticeId}|${account.userId}`,
      kind: NOTICE_KIND,
      recipient: account.userId,
      payload: { title, lines },
      dueAt: now.toISOString(),
    });
  }
  return accounts.length;
}
