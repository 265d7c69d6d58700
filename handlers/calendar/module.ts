/**
 * Calendar files: "add Thursday to my calendar", "add capacity-building to my calendar",
 * "add the whole programme to my calendar", the "Add to my calendar" button of reminders,
 * "calendar link", "reset my calendar link". The core cannot upload files, so the answer is
 * a personal link to an .ics served by the bot's HTTP server (PUBLIC_URL + /calendar/…).
 */
import { type Card, cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { InputError } from "../../bot/errors.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import { formatDate } from "../../bot/programme/format.js";
import { reminderRepository } from "../reminders/module.js";
import { CALENDAR_ACTION } from "../reminders/render.js";
import { resolveOccurrences } from "../reminders/resolve.js";
import { subscriptionSource } from "../reminders/sources.js";
import { rsvpRepository } from "../rsvp/module.js";
import { CALENDAR_PATH, calendarHandler, selectionPath, selectionUnits } from "./http.js";
import { SequenceBook } from "./ics.js";
import {
  ADD_TO_CALENDAR,
  CALENDAR_FOR,
  CALENDAR_LINK,
  RESET_LINK,
  type Selection,
  selectionOf,
} from "./parse.js";
import { CalendarTokens } from "./tokens.js";
import { unitOccurrence } from "./units.js";

/**
 * The answer when links cannot be made.
 * @example if (!deps.config.PUBLIC_URL) await ctx.reply(NO_PUBLIC_URL);
 */
export const NO_PUBLIC_URL =
  "I can't give you a calendar link: the bot's public web address (PUBLIC_URL) is not configured. Please ask the bot's administrator to set it.";

/**
 * The ids of what a user follows: their reminders ("every session" = every meeting slot) and
 * the events they RSVP'd attending or tentative.
 */
function followed(deps: BotDeps) {
  const source = subscriptionSource(reminderRepository(deps), rsvpRepository(deps), () => deps.catalogue);
  const rsvps = rsvpRepository(deps);
  return async (userId: string): Promise<string[]> => {
    const ids = new Set<string>();
    for (const subscription of await source()) {
      if (subscription.userId !== userId) continue;
      if (subscription.target.type === "occurrence") ids.add(subscription.target.occurrenceId);
      else
        for (const occurrence of deps.catalogue.occurrences)
          if (occurrence.kind === "meeting") ids.add(occurrence.id);
    }
    for (const answer of await rsvps.rsvpsOf(userId))
      if (answer.status !== "declined") ids.add(answer.eventId);
    return [...ids];
  };
}

/**
 * The selection some words name.
 * @throws {InputError} when they name nothing in the programme.
 * @example selectionFor(deps, "Thursday", now) // { kind: "day", date: "2024-03-07" }
 */
export function selectionFor(deps: BotDeps, words: string, now: Date): Selection {
  const selection = selectionOf(deps.catalogue, words, now);
  if (selection) return selection;
  const ids = [
    ...new Set(
      resolveOccurrences(deps.catalogue, words).flatMap(
        (occurrence) => unitOccurrence(deps.catalogue, occurrence)?.id ?? [],
      ),
    ),
  ];
  if (ids.length === 0) {
    throw new InputError(
      `I couldn't find "${words}" in the programme. Try "add Thursday to my calendar", "add capacity-building to my calendar" or "add the whole programme to my calendar".`,
    );
  }
  return { kind: "session", ids };
}

function describeSelection(selection: Selection): string {
  switch (selection.kind) {
    case "all":
      return "The whole programme";
    case "mine":
      return "Your sessions";
    case "day":
      return formatDate(selection.date, { long: true, withYear: true });
    case "session":
      return selection.ids.length === 1 ? "The event" : `${selection.ids.length} events`;
  }
}

/**
 * The calendar feature module.
 * @example // "add Thursday to my calendar" → a card with https://bot.example.org/calendar/<token>/day/2024-03-07.ics
 */
export const calendar: HandlerModule = {
  name: "calendar",
  help: {
    title: "Calendar",
    examples: [
      "add Thursday to my calendar",
      "add capacity-building to my calendar",
      "add the whole programme to my calendar",
      "calendar link",
    ],
    // Links need the bot's public address; without it the section would only lead to a refusal.
    available: (deps) => deps.config.PUBLIC_URL !== undefined,
  },
  install(router, deps) {
    const store = deps.store.namespace("calendar");
    const tokens = new CalendarTokens(store);
    const followedBy = followed(deps);
    deps.routes?.add(
      "GET",
      `${CALENDAR_PATH}*`,
      calendarHandler(deps, tokens, new SequenceBook(store), followedBy),
    );

    const baseUrl = () => deps.config.PUBLIC_URL?.replace(/\/+$/, "");

    const answer = async (ctx: TurnContext, selection: Selection) => {
      const base = baseUrl();
      if (!base) {
        await ctx.reply(NO_PUBLIC_URL);
        return;
      }
      const { units } = await selectionUnits(deps.catalogue, selection, () => followedBy(ctx.user.id));
      if (units.length === 0) {
        throw new InputError(
          selection.kind === "day"
            ? `Nothing is in the programme on ${formatDate(selection.date, { long: true, withYear: true })}.`
            : 'You follow nothing yet: say "remind me about …" or RSVP to an event, or "add the whole programme to my calendar".',
        );
      }
      const token = await tokens.tokenFor(ctx.user.id, ctx.now());
      const link = `${base}${selectionPath(token, selection)}`;
      const feed = `${base}${selectionPath(token, { kind: "all" })}`;
      const served = deps.routes?.isServed() ?? false;
      const card: Card = {
        title: `${describeSelection(selection)} for your calendar`,
        sections: [
          {
            text: `Open this link to add ${units.length === 1 ? `"${units[0]?.summary}"` : `${units.length} events`} to your calendar. Opening it again later updates ${units.length === 1 ? "it" : "them"} rather than adding copies:\n${link}`,
          },
          ...(selection.kind === "all"
            ? []
            : [
                {
                  text: `To keep the whole programme in your calendar with every change, subscribe to your personal feed (don't share it):\n${feed}`,
                },
              ]),
        ],
        footer: served
          ? 'Times are exact instants, shown by your calendar in your own zone. Lost the link to someone? Say "reset my calendar link".'
          : "Note: the bot's web server is not running right now (it runs when the bot is connected to a chat platform), so these links will work only then.",
      };
      await ctx.replyPrivately(cardMessage(card));
      if (!ctx.event.isDirect) await ctx.reply("I've sent you the calendar link in a direct message.");
    };

    router.message(RESET_LINK, async (ctx) => {
      await tokens.reset(ctx.user.id, ctx.now());
      await ctx.replyPrivately(
        'Done: your old calendar links no longer work. Say "calendar link" for the new one, and subscribe to it again in your calendar app.',
      );
    });

    router.message(CALENDAR_LINK, async (ctx) => {
      await answer(ctx, { kind: "all" });
    });

    router.message(
      (text) => ADD_TO_CALENDAR.test(text) || CALENDAR_FOR.test(text),
      async (ctx) => {
        const text = ctx.event.text.trim();
        const words = (text.match(ADD_TO_CALENDAR) ?? text.match(CALENDAR_FOR))?.[1] ?? "";
        await answer(ctx, selectionFor(deps, words, ctx.now()));
      },
    );

    router.action(CALENDAR_ACTION, async (ctx) => {
      const value = ctx.event.value ?? "";
      const [kind, argument = ""] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
      if (value === "all") return answer(ctx, { kind: "all" });
      if (kind === "day") return answer(ctx, { kind: "day", date: argument });
      const occurrence = kind === "session" ? deps.catalogue.byId.get(argument) : undefined;
      const carrier =
        occurrence && occurrence.kind !== "notice" ? unitOccurrence(deps.catalogue, occurrence) : undefined;
      if (!carrier)
        throw new InputError(
          'That session is no longer in the programme. Try "add the whole programme to my calendar".',
        );
      return answer(ctx, { kind: "session", ids: [carrier.id] });
    });
  },
};
