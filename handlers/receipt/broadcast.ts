/**
 * "did li wei get the broadcast?": the named recipient's deliveries of the latest broadcast
 * (one line per channel: the same delivery records, acknowledgements and recipient list as
 * "broadcast report" and its CSV), said in words, or that the name matches no recipient, or
 * several.
 */

import { withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import { EMAIL_CHANNEL } from "../../bot/reach/channels.js";
import { recipientWho } from "../broadcast/compose.js";
import { type BroadcastRepository, byLocalId, campaignOf } from "../broadcast/repository.js";
import type { Broadcast, BroadcastRecipient } from "../broadcast/schema.js";
import { channelsOf, lookupPlatform } from "../broadcast/tally.js";
import { PocRepository } from "../poc/repository.js";
import { formatMoment } from "../poc/time.js";
import { peopleNamed, type Receipt } from "./names.js";
import { titleOf } from "./which.js";

/** A recipient's name without the label a POC audience's older records carry ("(KEN diplomatic POC)"). */
function plainName(recipient: BroadcastRecipient): string {
  return recipient.state ? recipient.name : recipient.name.replace(/\s*\([^()]*\)$/u, "");
}

/** What a delivery's status says about receipt. */
const SENTENCE: Readonly<Record<string, string>> = {
  sent: "sent",
  uncertain: "sent",
  failed: "failed",
  cancelled: "cancelled",
  missed: "cancelled",
};

/**
 * The State of each recipient: the roster's, else the POC directory's, by their e-mail.
 * @example await statesOf(deps, recipients) // Map { "li.wei@sg.example" => "SGP" }
 */
export async function statesOf(
  deps: BotDeps,
  recipients: readonly BroadcastRecipient[],
): Promise<Map<string, string>> {
  const states = new Map<string, string>();
  const roster = await deps.people.roster();
  for (const person of roster?.people ?? []) if (person.state) states.set(person.email, person.state);
  if (recipients.some((recipient) => !states.has(recipient.key.toLowerCase()))) {
    const records = await new PocRepository(deps.store.namespace("poc")).all();
    for (const record of records)
      for (const email of record.emails)
        if (!states.has(email.toLowerCase())) states.set(email.toLowerCase(), record.state);
  }
  return states;
}

/**
 * The answer about `asked` for `broadcast`: its heading (id, audience, the start of its text,
 * when) and the person's lines, and the person's name when the name found one person.
 * @example (await broadcastReceipt(deps, repo, broadcast, "li wei", { locale: "en" })).text
 */
export async function broadcastReceipt(
  deps: BotDeps,
  repo: BroadcastRepository,
  broadcast: Broadcast,
  asked: string,
  reader: { locale: string; zone?: string; place?: string },
): Promise<Receipt> {
  const { locale, zone, place } = reader;
  const t = (key: string, values: Record<string, string> = {}) =>
    say(locale, `secretariat.receipt.${key}`, values);
  const moment = (iso: string) => formatMoment(iso, zone, place);
  const recipients = await repo.recipients(broadcast.id);
  const people = peopleNamed(
    asked,
    recipients,
    (recipient) => recipient.key,
    (recipient) => recipient.name,
  );
  if (people.length === 0) return { text: t("nobodyBroadcast", { id: broadcast.id, name: asked }) };
  const states = await statesOf(deps, recipients);
  // A POC audience's name carries its record's label ("Amina Njoroge (KEN diplomatic POC)"):
  // the person is named once, with their State.
  const who = (recipient: BroadcastRecipient) =>
    withLocale(locale, () =>
      recipientWho(
        recipient.state
          ? recipient
          : {
              ...recipient,
              name: plainName(recipient),
              ...(states.get(recipient.key.toLowerCase())
                ? { state: states.get(recipient.key.toLowerCase()) }
                : {}),
            },
      ),
    );
  if (people.length > 1)
    return {
      text: [
        t("several", { name: asked }),
        ...people
          .map(([recipient]) => `• ${recipient ? who(recipient) : ""}`)
          .sort((a, b) => a.localeCompare(b)),
      ].join("\n"),
    };
  const recipient = people[0]?.[0] as BroadcastRecipient;
  const deliveries = await deps.outbox.campaign(campaignOf(broadcast.id));
  const deliveryOf = byLocalId(deliveries);
  const acks = broadcast.requiresAck ? await repo.acks(broadcast.id) : new Map();
  const channels = channelsOf(recipient);
  const lines = channels.map((line) => {
    const delivery = deliveryOf.get(line.localId);
    const platform = line.lookup ? lookupPlatform(delivery) : line.platform;
    const channel = t(platform === EMAIL_CHANNEL ? "channel.email" : "channel.chat");
    const status = delivery?.status ?? (broadcast.status === "cancelled" ? "cancelled" : "pending");
    return t(`broadcast.${SENTENCE[status] ?? "pending"}`, {
      who: who(recipient),
      channel,
      at: delivery?.sentAt ? moment(delivery.sentAt) : "",
      error: delivery?.error ?? status,
    });
  });
  if (channels.length === 0) lines.push(t("broadcast.unreachable", { who: who(recipient) }));
  else if (broadcast.requiresAck) {
    const ack = channels.map((line) => acks.get(line.ackKey)).find((found) => found !== undefined);
    lines.push(
      ack
        ? t("broadcast.acked", { who: who(recipient), at: moment(ack.at) })
        : t("broadcast.notAcked", { who: who(recipient) }),
    );
  }
  return {
    text: [
      t("broadcastHead", {
        id: broadcast.id,
        audience: broadcast.audienceLabel,
        title: titleOf(broadcast.text),
        at: moment(broadcast.confirmedAt),
      }),
      ...lines,
    ].join("\n"),
    person: plainName(recipient),
  };
}
