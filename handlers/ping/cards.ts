/**
 * Cards of ping tests: the Secretariat's preview, and the ping each POC receives (with the
 * Acknowledge button whose value carries the test and the POC).
 */

import type { Card } from "../../bot/cards.js";
import { currentLocale } from "../../bot/language/current.js";
import { say, sentences } from "../../bot/language/messages.js";
import { stateName } from "../../bot/people/states.js";
import { pocWho } from "../../bot/people/who.js";
import { formatDuration, formatMoment } from "../poc/time.js";
import { describeScope } from "./parse.js";
import type { PingDraft, PingTarget, PingTest } from "./schema.js";

/** Wording in the reader's language (`bot/language/locales/<tag>/features.ts`, `ping.*`). */
const t = (key: string, values?: Record<string, string | number>) =>
  say(currentLocale(), `ping.${key}`, values);

/** Action ids of ping tests. */
export const PING_ACTIONS = { start: "ping:start", cancel: "ping:cancel", ack: "ping:ack" } as const;

/**
 * The value of an Acknowledge button.
 * @example ackValue("20240610-1300-ab12", "KEN:technical") === "20240610-1300-ab12|KEN:technical"
 */
export const ackValue = (testId: string, pocId: string) => `${testId}|${pocId}`;

/**
 * The preview shown before a test starts.
 * @example await ctx.reply(cardMessage(previewCard(draft, targets, ctx.now(), ctx.timeZone)));
 */
export function previewCard(
  draft: PingDraft,
  targets: readonly PingTarget[],
  now: Date,
  zone?: string,
  absent: readonly string[] = [],
): Card {
  const unreachable = targets.filter((target) => !target.recipient);
  const closes = new Date(now.getTime() + draft.windowMs).toISOString();
  const lines = unreachable
    .slice(0, 40)
    .map((target) =>
      pocWho(currentLocale(), target.name ?? `${target.state} ${target.type}`, target.state, target.type),
    );
  if (unreachable.length > 40) lines.push(`… and ${unreachable.length - 40} more`);
  return {
    title: `Ping test preview: ${describeScope(draft.scope)}`,
    sections: [
      {
        fields: [
          { label: "POCs", value: String(targets.length) },
          { label: "Known in chat", value: String(targets.length - unreachable.length) },
          {
            label: "Not known in chat (looked up by e-mail on the chat platforms, else e-mailed)",
            value: String(unreachable.length),
          },
          {
            label: "By e-mail",
            value: draft.email === "also" ? "every POC, besides chat" : "those not reachable in chat",
          },
          {
            label: "Window",
            value: `${formatDuration(draft.windowMs)} (if started now, closes ${formatMoment(closes, zone)})`,
          },
        ],
      },
      ...(lines.length > 0 ? [{ heading: "Not known in chat", text: lines.join("\n") }] : []),
      ...(absent.length > 0
        ? [{ heading: say(currentLocale(), "secretariat.ping.absentHeading"), text: absent.join("\n") }]
        : []),
    ],
    buttons:
      targets.length > 0
        ? [
            {
              actionId: PING_ACTIONS.start,
              label: "Confirm: start the ping test",
              value: draft.id,
              style: "primary",
            },
            { actionId: PING_ACTIONS.cancel, label: "Cancel", value: draft.id },
          ]
        : [],
    footer:
      targets.length > 0
        ? draft.email === "also"
          ? "Each POC gets a direct message with an Acknowledge button where they can be reached in chat, and an e-mail with an acknowledgement link."
          : 'Each POC gets one direct message with an Acknowledge button; those not reachable in chat get an e-mail with an acknowledgement link instead. Add "by e-mail too" to e-mail everyone.'
        : "No POC matches this scope.",
  };
}

/**
 * The ping a POC receives (and, with `reminder`, the halfway reminder).
 * @example return cardMessage(pingCard(test, target)); // the halfway reminder: pingCard(test, target, true)
 */
export function pingCard(test: PingTest, target: PingTarget, reminder = false): Card {
  const when = formatMoment(test.closesAt, target.zone, target.place);
  return {
    title: t(reminder ? "card.reminderTitle" : "card.title"),
    sections: [{ text: pingText(target, reminder, t("card.askChat", { when })) }],
    buttons: [
      {
        actionId: PING_ACTIONS.ack,
        label: t("card.button"),
        value: ackValue(test.id, target.pocId),
        style: "primary",
      },
    ],
    footer: t("card.footer", { id: test.id }),
  };
}

/** What a ping says (in the reader's language: the outbox renders in it), then what to do. */
function pingText(target: PingTarget, reminder: boolean, ask: string): string {
  const type = say(currentLocale(), `poc.type.${target.type}`);
  const body = t("card.body", { type, state: stateName(target.state) });
  return sentences([reminder ? t("card.notYet") : "", body, ask]);
}

/**
 * The ping (or its reminder) by e-mail: a link to a page with the Acknowledge button. Without
 * a link (the bot has no `PUBLIC_URL`), it asks for the acknowledgement in chat.
 * @example return cardMessage(pingEmailCard(test, target, "https://bot.example/l/…"));
 */
export function pingEmailCard(
  test: PingTest,
  target: PingTarget,
  link: string | undefined,
  reminder = false,
): Card {
  const when = formatMoment(test.closesAt, target.zone, target.place);
  const ask = link ? t("card.askLink", { when }) : t("card.askNoLink", { when });
  return {
    title: t(reminder ? "card.reminderTitle" : "card.title"),
    sections: [{ text: pingText(target, reminder, ask) }],
    buttons: link ? [{ actionId: PING_ACTIONS.ack, label: t("card.button"), url: link }] : [],
    footer: t("card.footer", { id: test.id }),
  };
}
