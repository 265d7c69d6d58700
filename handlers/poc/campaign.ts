/**
 * The yearly confirmation campaign: a reminder 30 days before a record's due date and one on
 * it, to the POC's chat account (by e-mail when none is known); 14 days after the due date the record is escalated to the
 * Secretariat. Reminders go through the outbox with ids `<pocId>|<due date>|t-30` and `|t0`,
 * so each is sent once however often the producer runs.
 */

import { z } from "zod";
import { cardMessage } from "../../bot/cards.js";
import { withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import type { Contact } from "../../bot/people/schema.js";
import { EMAIL_CHANNEL, personRecipient } from "../../bot/reach/channels.js";
import type { NewDelivery } from "../../schedules/delivery.js";
import type { Outbox } from "../../schedules/outbox.js";
import type { Producer } from "../../schedules/scheduler.js";
import { ownRecordCard } from "./cards.js";
import { confirmationEmail } from "./email-confirm.js";
import { chatAccountFor } from "./people.js";
import type { PocRepository } from "./repository.js";
import type { PocRecord } from "./schema.js";
import { addDaysUtc, formatDay } from "./time.js";

/** Days before the due date of the first reminder. */
export const REMIND_DAYS_BEFORE = 30;
/** Days after the due date when a record is escalated. */
export const ESCALATE_DAYS_AFTER = 14;
/** Outbox campaign and kind of the reminders. */
export const REMINDER_CAMPAIGN = "poc-confirmation";
/** Kind of the reminder deliveries. */
export const REMINDER_KIND = "poc:confirm-reminder";

/** Where a record stands in the yearly cycle at an instant. */
export type Standing = "current" | "due-soon" | "overdue" | "escalated";

/**
 * @example standing({ nextDueAt: "2024-06-10T00:00:00.000Z" }, new Date("2024-06-25T00:00:00Z")) === "escalated"
 */
export function standing(record: Pick<PocRecord, "nextDueAt">, now: Date): Standing {
  const t = now.toISOString();
  if (t >= addDaysUtc(record.nextDueAt, ESCALATE_DAYS_AFTER)) return "escalated";
  if (t >= record.nextDueAt) return "overdue";
  if (t >= addDaysUtc(record.nextDueAt, -REMIND_DAYS_BEFORE)) return "due-soon";
  return "current";
}

const reminderPayloadSchema = z.object({
  pocId: z.string(),
  nextDueAt: z.string(),
  stage: z.enum(["t-30", "t0"]),
});

/**
 * Enqueues a delivery unless it exists already (saves rewriting its due-index entry on
 * every tick; `enqueue` itself is idempotent too).
 * @example await enqueueOnce(deps.outbox, { campaign: "c", localId: "x", kind: "k", recipient: "chat:U1", payload: {}, dueAt: now.toISOString() });
 */
export async function enqueueOnce(outbox: Outbox, delivery: NewDelivery): Promise<boolean> {
  if (await outbox.get(`${delivery.campaign}/${delivery.localId}`)) return false;
  return outbox.enqueue(delivery);
}

/**
 * The reminders due for one record at `now`, when it has a chat account.
 * @example remindersFor(record, chatAccountFor(record, contacts), now).map((d) => d.localId) // ["KEN:technical|2024-06-10|t-30"]
 */
export function remindersFor(record: PocRecord, account: Contact | undefined, now: Date): NewDelivery[] {
  const state = standing(record, now);
  const dueDate = record.nextDueAt.slice(0, 10);
  // Without a chat account the request goes by e-mail, with one-click links (email-confirm.ts).
  const base = {
    campaign: REMINDER_CAMPAIGN,
    kind: REMINDER_KIND,
    ...(account
      ? { recipient: account.userId }
      : { recipient: personRecipient(record.emails[0] as string), channel: EMAIL_CHANNEL }),
  };
  if (state === "due-soon") {
    return [
      {
        ...base,
        localId: `${record.id}|${dueDate}|t-30`,
        payload: { pocId: record.id, nextDueAt: record.nextDueAt, stage: "t-30" },
        dueAt: addDaysUtc(record.nextDueAt, -REMIND_DAYS_BEFORE),
        expiresAt: record.nextDueAt,
      },
    ];
  }
  if (state === "overdue") {
    return [
      {
        ...base,
        localId: `${record.id}|${dueDate}|t0`,
        payload: { pocId: record.id, nextDueAt: record.nextDueAt, stage: "t0" },
        dueAt: record.nextDueAt,
        expiresAt: addDaysUtc(record.nextDueAt, ESCALATE_DAYS_AFTER),
      },
    ];
  }
  return [];
}

/**
 * The producer the scheduler runs on every tick.
 * @example deps.scheduler.add(confirmationProducer(deps, directory));
 */
export function confirmationProducer(deps: BotDeps, directory: PocRepository): Producer {
  return {
    name: "poc-confirmation",
    async produce(now) {
      const records = await directory.all();
      if (records.length === 0) return;
      const contacts = await deps.people.contacts();
      for (const record of records) {
        for (const delivery of remindersFor(record, chatAccountFor(record, contacts), now)) {
          await enqueueOnce(deps.outbox, delivery);
        }
      }
    },
  };
}

/**
 * Registers the reminder renderer: the record card, or nothing when it was confirmed since.
 * @example registerReminderRenderer(deps, directory);
 */
export function registerReminderRenderer(deps: BotDeps, directory: PocRepository): void {
  deps.outbox.register(REMINDER_KIND, async (delivery, _now, _to, locale) => {
    const payload = reminderPayloadSchema.parse(delivery.payload);
    const record = await directory.get(payload.pocId);
    if (!record || record.nextDueAt !== payload.nextDueAt) return null;
    const due = withLocale(locale, () => formatDay(record.nextDueAt, record.timeZone));
    // Unconfirmed with a confirmation date: an import changed the record after it.
    // In the language the POC reads.
    const t = (key: string, values?: Record<string, string>) => say(locale, `poc.request.${key}`, values);
    const changedSince =
      record.status === "unconfirmed" && record.lastConfirmedAt
        ? t("changedSince", {
            day: withLocale(locale, () => formatDay(record.lastConfirmedAt ?? "", record.timeZone)),
          })
        : "";
    const ask =
      payload.stage === "t-30"
        ? t(changedSince ? "checkBy" : "dueOn", { due })
        : t(changedSince ? "confirmToday" : "dueToday", { due });
    const intro = changedSince ? `${changedSince} ${ask}` : ask;
    if (delivery.channel === EMAIL_CHANNEL)
      return cardMessage(await confirmationEmail(deps, record, intro, locale), locale);
    return withLocale(locale, () => cardMessage(ownRecordCard(record, intro), locale));
  });
}
