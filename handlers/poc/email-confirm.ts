/**
 * The yearly confirmation request by e-mail, for POCs the bot cannot reach in chat: the
 * e-mail shows their entry and carries two one-click links (`bot/links/`), "My details are
 * still correct" (confirms it for another year, as the chat button does, audited) and
 * "Something is wrong" (tells the Secretariat). A link's GET only shows; the POST records.
 */

import type { Card } from "../../bot/cards.js";
import { withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import { ACTIONS, recordFields, recordHeading } from "./cards.js";
import { CONFIRMATION_MONTHS } from "./merge.js";
import { notifySecretariat } from "./notify.js";
import type { PocRepository } from "./repository.js";
import type { PocRecord } from "./schema.js";
import { addDaysUtc, addMonthsUtc, formatDay } from "./time.js";

/** Purposes of the two links. */
export const POC_LINKS = { confirm: "poc-confirm", wrong: "poc-wrong" } as const;
/** How long the links work after the record's due date. */
const LINK_DAYS_AFTER_DUE = 30;

/**
 * The request by e-mail: the entry, and the two links (none without `PUBLIC_URL`: then it
 * asks to answer in chat).
 * @example return cardMessage(await confirmationEmail(deps, record, intro, "fr"));
 */
export async function confirmationEmail(
  deps: BotDeps,
  record: PocRecord,
  intro: string,
  locale: string,
): Promise<Card> {
  const expiresAt = new Date(addDaysUtc(record.nextDueAt, LINK_DAYS_AFTER_DUE));
  const payload = { pocId: record.id, version: String(record.version) };
  const confirm = await deps.links.issue(POC_LINKS.confirm, payload, expiresAt);
  const wrong = await deps.links.issue(POC_LINKS.wrong, payload, expiresAt);
  // The rest renders: in the POC's language.
  return withLocale(locale, () => {
    const how = say(locale, confirm && wrong ? "poc.request.emailLinks" : "poc.request.emailChat");
    return {
      title: say(locale, "poc.own.title", { heading: recordHeading(record) }),
      sections: [{ text: `${intro} ${how}` }, { fields: recordFields(record, record.timeZone) }],
      buttons: [
        ...(confirm
          ? [{ actionId: ACTIONS.confirm, label: say(locale, "poc.request.stillCorrect"), url: confirm }]
          : []),
        ...(wrong
          ? [{ actionId: ACTIONS.edit, label: say(locale, "poc.request.somethingWrong"), url: wrong }]
          : []),
      ],
    };
  });
}

/**
 * @example registerConfirmationLinks(deps, directory);
 */
export function registerConfirmationLinks(deps: BotDeps, directory: PocRepository): void {
  const current = async (payload: Record<string, string>) => {
    const record = await directory.get(payload.pocId ?? "");
    return record && String(record.version) === payload.version ? record : undefined;
  };
  const changed =
    "Your entry has changed since this e-mail was sent; nothing was recorded. The next request will show it as it stands.";
  deps.links.register(POC_LINKS.confirm, {
    async show(payload) {
      const record = await current(payload);
      if (!record) return undefined;
      return {
        title: `Confirm your entry: ${recordHeading(record)}`,
        text: `${recordFields(record, record.timeZone)
          .map((field) => `${field.label}: ${field.value}`)
          .join("\n")}\n\nPress the button if all of this is still correct.`,
        button: "My details are still correct",
      };
    },
    async record(payload, at) {
      const record = await current(payload);
      if (!record) return changed;
      const now = at.toISOString();
      const nextDueAt = addMonthsUtc(now, CONFIRMATION_MONTHS);
      const by = { email: record.emails[0], name: "e-mail link" };
      // The confirmation and its audit entry: one atomic write.
      const saved = await directory.update(
        record.id,
        (latest) =>
          latest?.version === record.version
            ? {
                ...latest,
                status: "confirmed",
                lastConfirmedAt: now,
                nextDueAt,
                version: latest.version + 1,
                updatedAt: now,
              }
            : undefined,
        () => [
          {
            pocId: record.id,
            at: now,
            by,
            source: "confirmation",
            field: "lastConfirmedAt",
            before: record.lastConfirmedAt ?? null,
            after: now,
          },
        ],
      );
      if (!saved) return changed;
      return `Thank you: your details are confirmed. The next confirmation is due on ${formatDay(nextDueAt, record.timeZone)}.`;
    },
  });
  deps.links.register(POC_LINKS.wrong, {
    async show(payload) {
      const record = await current(payload);
      if (!record) return undefined;
      return {
        title: `Something is wrong in your entry: ${recordHeading(record)}`,
        text: "Press the button to tell the Secretariat, who will contact you to correct it. You can also correct it yourself by writing to the delegate bot in chat.",
        button: "Tell the Secretariat",
      };
    },
    async record(payload, at) {
      const record = await current(payload);
      if (!record) return changed;
      await notifySecretariat(
        deps,
        `${record.id}@${at.toISOString()}|wrong`,
        `POC says their entry is wrong: ${recordHeading(record)}`,
        [
          `${record.emails.join(", ")} answered the confirmation e-mail: "Something is wrong". Please contact them.`,
        ],
        at,
      );
      return "Thank you: the Secretariat has been told and will contact you to correct your entry. Nothing in it was changed.";
    },
  });
}
