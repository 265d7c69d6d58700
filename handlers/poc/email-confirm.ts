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
  // The language the e-mail is in: its link pages are in it too.
  const payload = { pocId: record.id, version: String(record.version), locale };
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
  const localeOf = (payload: Record<string, string>) => payload.locale ?? "en";
  const changed = (payload: Record<string, string>) => say(localeOf(payload), "poc.emailPage.changed");
  deps.links.register(POC_LINKS.confirm, {
    async show(payload) {
      const record = await current(payload);
      if (!record) return undefined;
      const locale = localeOf(payload);
      return withLocale(locale, () => ({
        title: say(locale, "poc.emailPage.confirmTitle", { heading: recordHeading(record) }),
        text: `${recordFields(record, record.timeZone)
          .map((field) => `${field.label}: ${field.value}`)
          .join("\n")}\n\n${say(locale, "poc.emailPage.confirmText")}`,
        button: say(locale, "poc.request.stillCorrect"),
      }));
    },
    async record(payload, at) {
      const record = await current(payload);
      if (!record) return changed(payload);
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
      if (!saved) return changed(payload);
      const locale = localeOf(payload);
      return say(locale, "poc.confirmed", {
        day: withLocale(locale, () => formatDay(nextDueAt, record.timeZone)),
      });
    },
  });
  deps.links.register(POC_LINKS.wrong, {
    async show(payload) {
      const record = await current(payload);
      if (!record) return undefined;
      const locale = localeOf(payload);
      return withLocale(locale, () => ({
        title: say(locale, "poc.emailPage.wrongTitle", { heading: recordHeading(record) }),
        text: say(locale, "poc.emailPage.wrongText"),
        button: say(locale, "poc.emailPage.wrongButton"),
      }));
    },
    async record(payload, at) {
      const record = await current(payload);
      if (!record) return changed(payload);
      await notifySecretariat(
        deps,
        `${record.id}@${at.toISOString()}|wrong`,
        `POC says their entry is wrong: ${recordHeading(record)}`,
        [
          `${record.emails.join(", ")} answered the confirmation e-mail: "Something is wrong". Please contact them.`,
        ],
        at,
      );
      return say(localeOf(payload), "poc.emailPage.wrongDone");
    },
  });
}
