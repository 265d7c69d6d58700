/**
 * People's choice of channel for announcements, and the Secretariat's view of it:
 *
 *   "send me announcements by e-mail too"   → e-mail copies of broadcasts, besides chat
 *   "chat only" / "no more e-mails"          → no e-mail copy while they can be reached in chat
 *   "channels of ann@mission.ke"            → (Secretariat) one person's chat accounts, e-mail, choice
 *   "announcement channels"                  → (Secretariat) everyone on the roster, the same
 *
 * A choice is kept per verified e-mail (`bot/people/directory.ts`), so it holds on every platform.
 */
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { broadcastGrammar } from "../../bot/language/grammar.js";
import type { BotDeps } from "../../bot/module.js";
import type { ChannelPreference } from "../../bot/people/directory.js";
import type { Contact } from "../../bot/people/schema.js";
import type { Router } from "../../bot/router.js";
import { type Address, platformOf } from "../../bot/types.js";

/** "send me announcements by e-mail too". */
export const EMAIL_TOO: RegExp = broadcastGrammar().emailToo;
/** "chat only", "announcements in chat only", "no more e-mails". */
export const CHAT_ONLY: RegExp = broadcastGrammar().chatOnly;
/** "channels of ann@mission.ke". */
export const CHANNELS_OF: RegExp = broadcastGrammar().channelsOf;
/** "announcement channels". */
export const ALL_CHANNELS: RegExp = broadcastGrammar().allChannels;

const PREFERENCE_WORDS: Record<ChannelPreference | "none", string> = {
  "email-too": "e-mail too",
  "chat-only": "chat only",
  none: "not said (chat; e-mail when a broadcast asks for it)",
};
const MAX_LINES = 100;

/**
 * @example installChannelChoices(router, deps);
 */
export function installChannelChoices(router: Router, deps: BotDeps): void {
  router.message(EMAIL_TOO, async (ctx) => {
    const email = ctx.user.verifiedEmail?.trim().toLowerCase();
    if (!email) throw new InputError(noEmail());
    await deps.people.setChannelPreference(email, "email-too", ctx.now());
    await ctx.reply(
      `Done: announcements from the Secretariat will come to you by e-mail (${email}) as well as here. Say "chat only" to stop the e-mails.`,
    );
  });
  router.message(CHAT_ONLY, async (ctx) => {
    const email = ctx.user.verifiedEmail?.trim().toLowerCase();
    if (!email) throw new InputError(noEmail());
    await deps.people.setChannelPreference(email, "chat-only", ctx.now());
    await ctx.reply(
      `Done: announcements will come to you in chat only, not by e-mail to ${email} (unless the bot cannot reach you in chat). Say "send me announcements by e-mail too" to have both.`,
    );
  });
  router.message(CHANNELS_OF, async (ctx) => {
    if (!ctx.roles.includes("secretariat"))
      throw new ForbiddenError("Sorry, only the Secretariat can see how people are reached.");
    const email = (ctx.match?.[1] ?? "").toLowerCase();
    const person = await deps.people.personByEmail(email);
    const contacts = (await deps.people.contacts()).filter((contact) => contact.email === email);
    if (!person && contacts.length === 0)
      throw new InputError(`Nobody with the e-mail ${email} is on the roster or has written to the bot.`);
    await ctx.replyPrivately(
      [
        `${person?.name ?? contacts[0]?.displayName ?? email} (${email})`,
        `Chat: ${contacts.length > 0 ? contacts.map(describeContact).join("; ") : "no chat account known (looked up by e-mail on the chat platforms when a message goes out)"}`,
        `E-mail: ${email}`,
        `Announcements: ${PREFERENCE_WORDS[(await deps.people.channelPreference(email)) ?? "none"]}`,
      ].join("\n"),
    );
  });
  router.message(ALL_CHANNELS, async (ctx) => {
    if (!ctx.roles.includes("secretariat"))
      throw new ForbiddenError("Sorry, only the Secretariat can see how people are reached.");
    const roster = (await deps.people.roster())?.people ?? [];
    if (roster.length === 0)
      throw new InputError('No roster has been imported yet; say "import roster" first.');
    const preferences = await deps.people.channelPreferences();
    const byEmail = new Map<string, Contact[]>();
    for (const contact of await deps.people.contacts()) {
      if (contact.email) byEmail.set(contact.email, [...(byEmail.get(contact.email) ?? []), contact]);
    }
    const lines = roster.map((person) => {
      const chats = (byEmail.get(person.email) ?? []).map((contact) => platformOf(contact.userId as Address));
      return `${person.name} (${person.email}): chat ${chats.length > 0 ? [...new Set(chats)].join(", ") : "—"}; announcements ${PREFERENCE_WORDS[preferences.get(person.email) ?? "none"]}`;
    });
    const inChat = roster.filter((person) => byEmail.has(person.email)).length;
    await ctx.replyPrivately(
      [
        `Channels of the ${roster.length} people on the roster: ${inChat} known in chat, all reachable by e-mail; ${[...preferences.values()].filter((p) => p === "email-too").length} asked for e-mail too, ${[...preferences.values()].filter((p) => p === "chat-only").length} for chat only.`,
        ...lines.slice(0, MAX_LINES),
        ...(lines.length > MAX_LINES ? [`… and ${lines.length - MAX_LINES} more`] : []),
      ].join("\n"),
    );
  });
}

function describeContact(contact: Contact): string {
  return `${platformOf(contact.userId as Address)} account ${contact.displayName}, last seen ${contact.lastSeenAt.slice(0, 16).replace("T", " ")} UTC`;
}

function noEmail(): string {
  return "I can't tell your e-mail address: your chat platform did not share a verified one with me, so I can't e-mail you. Nothing was changed. Ask the Secretariat to add you with your e-mail.";
}
