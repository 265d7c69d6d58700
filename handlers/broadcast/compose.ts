/**
 * From what the Secretariat typed (command or form) to a stored draft and its preview:
 * the audience is resolved once, here, and the preview counts exactly the people the
 * confirmation will send to.
 */

import { randomBytes } from "node:crypto";
import { InputError } from "../../bot/errors.js";
import { currentLocale } from "../../bot/language/current.js";
import { broadcastGrammar } from "../../bot/language/grammar.js";
import { LANGUAGES } from "../../bot/language/locales.js";
import type { BotDeps } from "../../bot/module.js";
import { personWho, pocWho } from "../../bot/people/who.js";
import { EMAIL_CHANNEL } from "../../bot/reach/channels.js";
import { type Address, platformOf } from "../../bot/types.js";
import { parseAudience } from "./audience.js";
import { LOOKUP_CHAT, LOOKUP_CHAT_ELSE_EMAIL, type PreviewFacts, previewCard } from "./cards.js";
import { MAX_TEXT_LENGTH, parseBroadcastCommand, readYesNo } from "./parse.js";
import type { BroadcastRepository } from "./repository.js";
import type { BroadcastRecipient, Composition, Draft } from "./schema.js";
import { checkTranslation, originalLanguage, readTranslationBlocks } from "./translations.js";
import { describeSendTime, parseSendTime, venueAt } from "./when.js";

/**
 * Who is composing.
 * @example const author: Author = { userId: ctx.user.id, name: "Secretariat", timeZone: ctx.timeZone };
 */
export interface Author {
  userId: string;
  name: string;
  timeZone?: string;
}

/**
 * Reads the chat command (the words after "broadcast") into a composition.
 * @example compositionFromCommand("to heads of delegation: Room 4", deps, now) // { selector: "role:head_of_delegation", … }
 */
export function compositionFromCommand(rest: string, deps: BotDeps, now: Date): Composition {
  const venue = venueAt(deps.catalogue, now);
  const selectorNames = deps.audiences
    .list()
    .filter((audience) => audience.example.includes(":"))
    .map((audience) => audience.name);
  const command = parseBroadcastCommand(rest, now, venue, selectorNames);
  const audience = parseAudience(command.audiencePhrase, {
    audiences: deps.audiences,
    catalogue: deps.catalogue,
    now,
  });
  return {
    text: command.text,
    selector: audience.selector,
    audienceLabel: audience.label,
    sendAt: command.sendAt?.toISOString(),
    requiresAck: command.requiresAck,
    ...(command.byEmail ? { byEmail: true } : {}),
    language: originalLanguage(command.text),
  };
}

/**
 * Reads the compose form's inputs into a composition; every problem is named. The optional
 * "translations" field holds blocks "fr: …", "es: …" (see `translations.ts`); "language" the
 * original's tag, else it is found from the text (else English).
 * @example compositionFromForm({ text: "Room 4", audience: "everyone", time: "", ack: "no" }, deps, now)
 */
export function compositionFromForm(inputs: Record<string, string>, deps: BotDeps, now: Date): Composition {
  const text = (inputs.text ?? "").trim();
  const problems: string[] = [];
  if (text === "") problems.push("Message: write the text to send.");
  if (text.length > MAX_TEXT_LENGTH)
    problems.push(
      `Message: ${text.length.toLocaleString("en-US")} characters; at most ${MAX_TEXT_LENGTH.toLocaleString("en-US")}.`,
    );
  const venue = venueAt(deps.catalogue, now);
  const attempt = <T>(field: string, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(`${field}: ${error.message}`);
      return undefined;
    }
  };
  const audience = attempt("Audience", () =>
    parseAudience(inputs.audience ?? "", { audiences: deps.audiences, catalogue: deps.catalogue, now }),
  );
  const timeText = (inputs.time ?? "").trim();
  const sendAt = attempt("Send at", () => {
    if (timeText === "" || broadcastGrammar().sendNow.test(timeText)) return undefined;
    const at = parseSendTime(timeText, now, venue);
    if (!at)
      throw new InputError(
        `I can't read "${timeText}" as a time; write e.g. "14:00", "tomorrow 9am" or "on Thursday at 10am" (${venue.label}).`,
      );
    return at;
  });
  const requiresAck = attempt("Requires acknowledgement", () => readYesNo(inputs.ack));
  const languageText = (inputs.language ?? "").trim().toLowerCase();
  const language = attempt("Written in", () => {
    if (languageText === "") return originalLanguage(text);
    if (LANGUAGES.includes(languageText)) return languageText;
    throw new InputError(`"${inputs.language}" is not one of ${LANGUAGES.join(" ")}.`);
  });
  const translations = attempt("Translations", () => {
    const blocks = readTranslationBlocks(inputs.translations ?? "");
    for (const [tag, words] of Object.entries(blocks))
      checkTranslation(language ?? "en", tag, words, MAX_TEXT_LENGTH);
    return blocks;
  });
  if (problems.length > 0 || !audience)
    throw new InputError(`The broadcast was not prepared:\n${problems.map((p) => `• ${p}`).join("\n")}`);
  return {
    text,
    selector: audience.selector,
    audienceLabel: audience.label,
    sendAt: sendAt?.toISOString(),
    requiresAck: requiresAck ?? false,
    language,
    ...(translations && Object.keys(translations).length > 0 ? { translations } : {}),
  };
}

/** A recipient key that is an e-mail address (roster people), not a chat address. */
const MAILBOX_KEY = /^[^\s@:]+@[^\s@]+$/;

/**
 * Plans each roster person's channels: the e-mail copy for who gets one (the broadcast's "by
 * e-mail too" or their own "send me announcements by e-mail too"; never to someone who chose
 * chat only and can be reached in chat), and for someone with no chat account known yet a
 * look-up at send time (chat if a platform finds them by e-mail, else e-mail).
 */
async function planEmail(
  recipients: BroadcastRecipient[],
  composition: Composition,
  deps: BotDeps,
): Promise<BroadcastRecipient[]> {
  const preferences = await deps.people.channelPreferences();
  const mailing = deps.messenger.platforms().includes(EMAIL_CHANNEL);
  const lookingUp = deps.messenger.canFindByEmail();
  return recipients.map((recipient) => {
    if (!MAILBOX_KEY.test(recipient.key)) return recipient;
    const preference = preferences.get(recipient.key.toLowerCase());
    const wanted = composition.byEmail === true || preference === "email-too";
    const declined = preference === "chat-only" && recipient.userId !== undefined;
    const email = wanted && !declined ? recipient.key.toLowerCase() : undefined;
    // Never met in chat and no e-mail copy: looked up when sending (a platform's look-up by
    // e-mail), else e-mailed. With the copy they are reached already; a look-up would cost a
    // Tier 3 Slack call each (2,000 take 40 minutes) and hold up the e-mails behind it.
    const lookup = !recipient.userId && !email && (mailing || lookingUp);
    return { ...recipient, ...(email ? { email } : {}), ...(lookup ? { lookup: true } : {}) };
  });
}

/** Recipients without duplicates: the same chat account reached once. */
function uniqueRecipients(recipients: readonly BroadcastRecipient[]): BroadcastRecipient[] {
  const seenUsers = new Set<string>();
  const unique: BroadcastRecipient[] = [];
  for (const recipient of recipients) {
    if (recipient.userId) {
      if (seenUsers.has(recipient.userId)) continue;
      seenUsers.add(recipient.userId);
    }
    unique.push({
      key: recipient.key,
      name: recipient.name,
      ...(recipient.userId ? { userId: recipient.userId } : {}),
      ...(recipient.state ? { state: recipient.state } : {}),
      ...(recipient.pocType ? { pocType: recipient.pocType } : {}),
    });
  }
  return unique;
}

/**
 * Resolves the audience, stores the draft (1 h) and builds its preview.
 * @example const { draft, preview } = await prepareDraft(composition, author, deps, repo, now);
 */
export async function prepareDraft(
  composition: Composition,
  author: Author,
  deps: BotDeps,
  repo: BroadcastRepository,
  now: Date,
): Promise<{ draft: Draft; preview: ReturnType<typeof previewCard> }> {
  let resolved: BroadcastRecipient[];
  try {
    resolved = await planEmail(
      uniqueRecipients(await deps.audiences.resolve(composition.selector)),
      composition,
      deps,
    );
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `I could not work out who "${composition.audienceLabel}" is: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const draft: Draft = {
    ...composition,
    id: randomBytes(4).toString("hex"),
    authorId: author.userId,
    authorName: author.name,
    createdAt: now.toISOString(),
    recipients: resolved,
  };
  await repo.saveDraft(draft);
  return { draft, preview: previewCard(previewFacts(draft, deps, now, author.timeZone)) };
}

/**
 * What the preview of a stored draft says: its counts per channel (those the confirmation
 * sends), its time in the venue's zone and the author's, its languages.
 * @example await ctx.reply(cardMessage(previewCard(previewFacts(draft, deps, ctx.now(), ctx.timeZone))));
 */
export function previewFacts(
  draft: Draft,
  deps: BotDeps,
  now: Date,
  timeZone: string | undefined,
): PreviewFacts {
  const mailing = deps.messenger.platforms().includes(EMAIL_CHANNEL);
  const byPlatform = new Map<string, number>();
  const add = (platform: string) => byPlatform.set(platform, (byPlatform.get(platform) ?? 0) + 1);
  for (const recipient of draft.recipients) {
    if (recipient.email) add(EMAIL_CHANNEL);
    if (recipient.userId) add(platformOf(recipient.userId as Address));
    else if (recipient.lookup) add(mailing ? LOOKUP_CHAT_ELSE_EMAIL : LOOKUP_CHAT);
  }
  const running = new Set([...deps.messenger.platforms(), LOOKUP_CHAT, LOOKUP_CHAT_ELSE_EMAIL]);
  const unreachable = draft.recipients.filter(
    (recipient) => !recipient.userId && !recipient.email && !recipient.lookup,
  );
  const venue = venueAt(deps.catalogue, now);
  const facts: PreviewFacts = {
    draftId: draft.id,
    text: draft.text,
    audienceLabel: draft.audienceLabel,
    when: draft.sendAt ? describeSendTime(new Date(draft.sendAt), venue, timeZone) : "as soon as you confirm",
    requiresAck: draft.requiresAck,
    perPlatform: [...byPlatform].sort((a, b) => b[1] - a[1]),
    notRunning: [...byPlatform.keys()].filter((platform) => !running.has(platform)),
    unreachable: unreachable.length,
    ...(draft.recipients.some((recipient) => recipient.email) ? { audience: draft.recipients.length } : {}),
    unreachableNames: unreachable.map((recipient) => recipientWho(recipient)),
    language: draft.language ?? "en",
    translations: Object.entries(draft.translations ?? {}),
  };
  return facts;
}

/**
 * A recipient as the Secretariat's lists show them: with their State, a POC with their type.
 * @example recipientWho({ key: "li@sg.example", name: "Li Wei", state: "SGP" }) === "Li Wei (Singapore)"
 */
export function recipientWho(recipient: BroadcastRecipient): string {
  return recipient.pocType && recipient.state
    ? pocWho(currentLocale(), recipient.name, recipient.state, recipient.pocType)
    : personWho(currentLocale(), recipient.name, recipient.state);
}
