/**
 * What the broadcast feature shows: the compose form, the preview with its Confirm and
 * Cancel buttons, the broadcast itself (with an Acknowledge button when asked), the
 * progress line and the final report.
 */
import { type Card, cardMessage, type Outgoing } from "../../bot/cards.js";
import { LANGUAGES } from "../../bot/language/locales.js";
import { say } from "../../bot/language/messages.js";
import type { Broadcast, BroadcastRecipient } from "./schema.js";
import type { Tally } from "./tally.js";
import { languageNameIn, textFor } from "./translations.js";

/**
 * Action ids of the feature's buttons and form.
 * @example router.action(ACTIONS.confirm, confirmDraft);
 */
export const ACTIONS = {
  compose: "broadcast:compose",
  confirm: "broadcast:confirm",
  cancel: "broadcast:cancel",
  acknowledge: "broadcast:ack",
} as const;

const count = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * The compose form: the adapters show it as a modal or a form card.
 * @example composeForm().inputs?.map((input) => input.id) // ["text", "audience", "time", "ack", "language", "translations"]
 */
export function composeForm(): Card {
  return {
    title: "New broadcast",
    sections: [
      {
        text: "Write the message and choose who receives it. Nothing is sent before you confirm the preview.",
      },
    ],
    inputs: [
      {
        id: "text",
        label: "Message",
        multiline: true,
        placeholder: "The afternoon meeting moves to Conference Room 4.",
      },
      {
        id: "audience",
        label: "Audience",
        placeholder: "heads of delegation; delegates of Kenya and France; technical POCs",
      },
      {
        id: "time",
        label: "Send at (venue time)",
        placeholder: "now, at 14:00, tomorrow 9am",
        optional: true,
      },
      { id: "ack", label: "Requires acknowledgement (yes/no)", placeholder: "no", optional: true },
      {
        id: "language",
        label: `Message written in (${LANGUAGES.join(" ")}; found from the text if left empty)`,
        placeholder: "en",
        optional: true,
      },
      {
        id: "translations",
        label: "Translations (optional): a block per language, each starting with its tag and a colon",
        multiline: true,
        placeholder: "fr: <the French text>\nes: <the Spanish text>",
        optional: true,
      },
    ],
    buttons: [{ actionId: ACTIONS.compose, label: "Preview", style: "primary" }],
  };
}

/**
 * What the preview needs to say.
 * @example const facts: PreviewFacts = { draftId: "1a2b3c4d", text: "Room 4", audienceLabel: "everyone", when: "as soon as you confirm", requiresAck: false, perPlatform: [["chat", 12]], notRunning: [], unreachable: 0, unreachableNames: [] };
 */
export interface PreviewFacts {
  draftId: string;
  text: string;
  audienceLabel: string;
  when: string;
  requiresAck: boolean;
  /** Reachable recipients per platform, e.g. `[["chat", 1200], ["meet", 780]]`. */
  perPlatform: ReadonlyArray<readonly [string, number]>;
  /** Platforms with recipients but no running adapter. */
  notRunning: readonly string[];
  unreachable: number;
  unreachableNames: readonly string[];
  /** The audience's size when some get both a chat message and an e-mail (deliveries then exceed people). */
  audience?: number;
  /** The tag of the language the text is written in (absent: English). */
  language?: string;
  /** The Secretariat's translations, `[tag, text]`. */
  translations?: ReadonlyArray<readonly [string, string]>;
}

/**
 * Why a broadcast has nobody to send to: an audience the roster has nobody in, or one whose
 * people have not talked to the bot in chat yet (so it has no way to message them).
 * @example nothingToSend(0, "delegates of Austria") === "The roster has nobody in this audience (delegates of Austria), so there is nothing to send."
 */
export function nothingToSend(audience: number, audienceLabel: string): string {
  return audience === 0
    ? `The roster has nobody in this audience (${audienceLabel}), so there is nothing to send.`
    : "Nobody in this audience has talked to me in chat yet, so there is nothing to send.";
}

/** How the preview names the people looked up at send time. */
export const LOOKUP_CHAT = "chat, looked up by e-mail when sending";
/** … and, with e-mail running, e-mailed when no chat account is found. */
export const LOOKUP_CHAT_ELSE_EMAIL = "chat if found by e-mail when sending, else e-mail";

/**
 * The preview: the audience, how many of it can be reached in chat (per platform), who
 * cannot, Confirm and Cancel. The same words as the list and the report.
 * @example previewCard({ draftId: "b1", text: "Room 4", audienceLabel: "heads of delegation", when: "on confirmation", requiresAck: false, perPlatform: [["chat", 2]], notRunning: [], unreachable: 0, unreachableNames: [] })
 */
export function previewCard(facts: PreviewFacts): Card {
  const original = facts.language ?? "en";
  const translations = facts.translations ?? [];
  const example = LANGUAGES.find((tag) => tag !== original) ?? "fr";
  const missing = LANGUAGES.filter(
    (tag) => tag !== original && !translations.some(([given]) => given === tag),
  );
  const reachable = facts.perPlatform.reduce((sum, [, n]) => sum + n, 0);
  const audience = facts.audience ?? reachable + facts.unreachable;
  const withEmail = facts.perPlatform.some(
    ([platform]) => platform === "email" || platform === LOOKUP_CHAT_ELSE_EMAIL,
  );
  const fields = [
    { label: "To", value: facts.audienceLabel },
    { label: "When", value: facts.when },
    { label: "Acknowledgement", value: facts.requiresAck ? "requested" : "not requested" },
    { label: "Audience", value: count(audience) },
    { label: withEmail ? "Messages (chat and e-mail)" : "Reachable in chat", value: count(reachable) },
    ...facts.perPlatform.map(([platform, n]) => ({
      label: `  on ${platform}`,
      value: `${count(n)}${facts.notRunning.includes(platform) ? " (not connected now: these would fail)" : ""}`,
    })),
    { label: "Unreachable", value: unreachableText(facts.unreachable, facts.unreachableNames) },
  ];
  const languages = [
    { label: "Written in", value: named(original) },
    {
      label: "Translations",
      value: translations.length === 0 ? "none" : translations.map(([tag]) => named(tag)).join(", "),
    },
    ...(missing.length > 0
      ? [
          {
            label: "Readers of these get the original and a line naming its language",
            value: missing.map(named).join(", "),
          },
        ]
      : []),
  ];
  return {
    title: `Broadcast preview (${facts.draftId})`,
    sections: [
      { heading: "Message", text: facts.text },
      { fields },
      { fields: languages },
      ...translations.map(([tag, text]) => ({ heading: named(tag), text })),
    ],
    buttons:
      reachable > 0
        ? [
            {
              actionId: ACTIONS.confirm,
              label: withEmail
                ? `Send ${plural(reachable, "message", "messages")}`
                : `Send to ${plural(reachable, "person", "people")}`,
              value: facts.draftId,
              style: "primary",
            },
            { actionId: ACTIONS.cancel, label: "Cancel", value: facts.draftId, style: "danger" },
          ]
        : [{ actionId: ACTIONS.cancel, label: "Discard", value: facts.draftId }],
    footer:
      reachable > 0
        ? `Nothing is sent until you confirm. This draft is kept for one hour. To add a translation, say "<tag>: <text>", e.g. "${example}: <the ${languageNameIn(example, "en")} text>" (${LANGUAGES.join(" ")}), one language per message; "original: <tag>" if the message is not in ${named(original)}.`
        : nothingToSend(audience, facts.audienceLabel),
  };
}

/** "French (fr)": a language as the Secretariat's preview names it. */
function named(tag: string): string {
  return `${languageNameIn(tag, "en")} (${tag})`;
}

function unreachableText(n: number, names: readonly string[]): string {
  if (n === 0) return "none";
  // "; ": a name is shown with its State ("Li Wei (Singapore, diplomatic POC)"), which has commas.
  const shown = names.slice(0, 10).join("; ");
  return `${count(n)} (not yet met in chat${shown ? `: ${shown}${n > 10 ? "; …" : ""}` : ""})`;
}

/**
 * The broadcast as a recipient reading `locale` sees it: the text of their language (the
 * original's, or its translation), else the original under one line naming its language.
 * @example broadcastMessage({ id: "b1", text: "Room 4", requiresAck: true }, "en").card?.buttons?.[0]?.label === "Acknowledge"
 */
export function broadcastMessage(
  broadcast: Pick<Broadcast, "id" | "text" | "requiresAck" | "language" | "translations">,
  locale: string,
): Outgoing {
  return cardMessage(
    {
      title: say(locale, "broadcast.title"),
      sections: recipientSections(broadcast, locale),
      buttons: broadcast.requiresAck
        ? [
            {
              actionId: ACTIONS.acknowledge,
              label: say(locale, "broadcast.ack"),
              value: broadcast.id,
              style: "primary",
            },
          ]
        : undefined,
      footer: broadcast.requiresAck ? say(locale, "broadcast.footer") : undefined,
    },
    locale,
  );
}

/** The text a recipient reads, after the line naming its language when it is not theirs. */
function recipientSections(
  broadcast: Pick<Broadcast, "text" | "language" | "translations">,
  locale: string,
): Card["sections"] {
  const { text, note } = textFor(broadcast, locale);
  return note ? [{ text: note }, { text }] : [{ text }];
}

/**
 * A broadcast by e-mail: the text (chosen as in chat), and when acknowledgement is asked for, a
 * link to a page with the Acknowledge button (or, without a public address, a request to
 * acknowledge in chat).
 * @example broadcastEmail({ id: "b1", text: "Room 4", requiresAck: false }, undefined, "en").text === "Message from the Secretariat\n\nRoom 4"
 */
export function broadcastEmail(
  broadcast: Pick<Broadcast, "id" | "text" | "requiresAck" | "language" | "translations">,
  link: string | undefined,
  locale: string,
): Outgoing {
  const footer = !broadcast.requiresAck
    ? undefined
    : link
      ? say(locale, "broadcast.footerLink")
      : say(locale, "broadcast.footerChat");
  return cardMessage(
    {
      title: say(locale, "broadcast.title"),
      sections: recipientSections(broadcast, locale),
      buttons: link
        ? [{ actionId: ACTIONS.acknowledge, label: say(locale, "broadcast.ack"), url: link }]
        : undefined,
      footer,
    },
    locale,
  );
}

/**
 * The one progress line, updated as deliveries settle; the acknowledgements when asked for
 * and something was sent.
 * @example progressText("b1", { total: 2000, sent: 640, failed: 3, uncertain: 0, pending: 1357, other: 0, acknowledged: 0 }, false) === "Broadcast b1: sent 640 of 2,000, 3 failed"
 */
export function progressText(id: string, tally: Tally, requiresAck: boolean): string {
  const parts = [`sent ${count(tally.sent + tally.uncertain)} of ${count(tally.total)}`];
  if (tally.failed > 0) parts.push(`${count(tally.failed)} failed`);
  if (tally.uncertain > 0) parts.push(`${count(tally.uncertain)} possibly twice`);
  if (tally.other > 0) parts.push(`${count(tally.other)} cancelled or too late`);
  // As in the report: acknowledgements only once something was sent to acknowledge.
  if (requiresAck && tally.sent + tally.uncertain > 0)
    parts.push(`${count(tally.acknowledged)} acknowledged`);
  return `Broadcast ${id}: ${parts.join(", ")}`;
}

/**
 * How a broadcast ended, for the report's title and the progress line: "cancelled" when the
 * Secretariat cancelled it (even after some messages went out), else "finished".
 * @example endWord({ status: "cancelled" }) === "cancelled"
 */
export function endWord(broadcast: Pick<Broadcast, "status">): "cancelled" | "finished" {
  return broadcast.status === "cancelled" ? "cancelled" : "finished";
}

/**
 * The final report: the audience, how many of it could be reached in chat, what happened to
 * them, and what follows (the CSV). Acknowledgements are counted only when they were asked
 * for and something was sent.
 * @example reportCard(broadcast, tally, 1).title === "Broadcast b1: finished"
 */
export function reportCard(
  broadcast: Broadcast,
  tally: Tally,
  csvParts: number,
  recipients: readonly BroadcastRecipient[] = [],
): Card {
  const delivered = tally.sent + tally.uncertain;
  const withEmail = goesByEmail(broadcast, recipients);
  const fields = [
    { label: "To", value: broadcast.audienceLabel },
    { label: "Audience", value: count(tally.total + broadcast.unreachable) },
    { label: withEmail ? "Messages (chat and e-mail)" : "Reachable in chat", value: count(tally.total) },
    { label: "Sent", value: count(tally.sent) },
    { label: "Sent, possibly twice (after a restart)", value: count(tally.uncertain) },
    { label: "Failed", value: count(tally.failed) },
    { label: "Cancelled or too late", value: count(tally.other) },
    {
      label: withEmail ? "Unreachable (no chat account, no e-mail)" : "Unreachable (not met in chat)",
      value: count(broadcast.unreachable),
    },
  ];
  if (tally.pending > 0) fields.push({ label: "Still pending", value: count(tally.pending) });
  if (broadcast.requiresAck && delivered > 0)
    fields.push({
      label: "Acknowledged so far",
      value: `${count(tally.acknowledged)} of ${count(delivered)}`,
    });
  return {
    title: `Broadcast ${broadcast.id}: ${tally.pending > 0 ? "report so far" : endWord(broadcast)}`,
    sections: [{ text: broadcast.text }, { fields }],
    footer:
      csvParts > 0
        ? `Per-recipient outcomes follow as CSV (${plural(csvParts, "message")}). Say "broadcast report ${broadcast.id}" for a fresh one.`
        : `Say "broadcast report ${broadcast.id}" for a fresh report.`,
  };
}

/**
 * Some of a broadcast goes by e-mail: "by e-mail too", an e-mail copy someone asked for, or
 * people with no chat account who are looked up and else e-mailed. Its counts then say
 * "messages", not "reachable in chat".
 * @example goesByEmail({ byEmail: true }, []) === true
 */
export function goesByEmail(
  broadcast: Pick<Broadcast, "byEmail">,
  recipients: readonly BroadcastRecipient[],
): boolean {
  return (
    broadcast.byEmail === true ||
    recipients.some((recipient) => recipient.email !== undefined || recipient.lookup === true)
  );
}
