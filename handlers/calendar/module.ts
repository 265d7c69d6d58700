/**
 * Calendar files: "add Thursday to my calendar", "add capacity-building to my calendar",
 * "add the whole programme to my calendar", the "Add to my calendar" button of reminders,
 * "calendar link", "reset my calendar link". The core cannot upload files, so the answer is
 * a personal link to an .ics served by the bot's HTTP server (PUBLIC_URL + /calendar/…).
 */

import { type Card, cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { InputError } from "../../bot/errors.js";
import { compiled } from "../../bot/language/compile.js";
import { currentLocale, withLocale } from "../../bot/language/current.js";
import { english as englishLexicon } from "../../bot/language/locales/en/lexicon.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import { formatDate } from "../../bot/programme/format.js";
import { reminderRepository } from "../reminders/module.js";
import { CALENDAR_ACTION, sessionLabel } from "../reminders/render.js";
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
export const NO_PUBLIC_URL = say("en", "calendar.noPublicUrl");

/** Wording in the turn's language (`bot/language/locales/<tag>/features.ts`, `calendar.*`). */
const t = (key: string, values?: Record<string, string | number>) =>
  say(currentLocale(), `calendar.${key}`, values);

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
 * @throws {InputError} when they name nothing in the programme, quoting them unless `quote`
 * is false (a message read from another language would be quoted in its English reading).
 * @example selectionFor(deps, "Thursday", now) // { kind: "day", date: "2024-03-07" }
 */
export function selectionFor(deps: BotDeps, words: string, now: Date, quote = true): Selection {
  const selection = selectionOf(deps.catalogue, words, now);
  if (selection) return selection;
  const part = partOfDaySessions(deps, words, now);
  if (part) return part;
  const ids = [
    ...new Set(
      resolveOccurrences(deps.catalogue, words).flatMap(
        (occurrence) => unitOccurrence(deps.catalogue, occurrence)?.id ?? [],
      ),
    ),
  ];
  if (ids.length === 0) {
    throw new InputError(quote ? t("notFound", { words: words.trim() }) : t("notFoundUnquoted"));
  }
  return { kind: "session", ids };
}

/**
 * "thursday morning", "7 March afternoon": the sessions of that part of that day (a day
 * named as "add Thursday to my calendar" names it, then a part-of-day word of the lexicon);
 * undefined when the words are not that or nothing is on then.
 */
function partOfDaySessions(deps: BotDeps, words: string, now: Date): Selection | undefined {
  const [, dayWords = "", partWords = ""] = words.trim().match(/^(.+?)\s+(\S+?)[.?!,]*$/u) ?? [];
  const part = compiled(englishLexicon).partWord(partWords.toLowerCase());
  const day = part ? selectionOf(deps.catalogue, dayWords, now) : undefined;
  if (!part || day?.kind !== "day") return undefined;
  const ids = [
    ...new Set(
      deps.catalogue.occurrences
        .filter((occurrence) => occurrence.date === day.date && occurrence.partOfDay === part)
        .flatMap((occurrence) => unitOccurrence(deps.catalogue, occurrence)?.id ?? []),
    ),
  ];
  return ids.length > 0 ? { kind: "session", ids } : undefined;
}

function describeSelection(selection: Selection): string {
  switch (selection.kind) {
    case "all":
      return t("whole");
    case "mine":
      return t("mine");
    case "day":
      return formatDate(selection.date, { long: true, withYear: true });
    case "session":
      return selection.ids.length === 1 ? t("oneEvent") : t("events", { count: selection.ids.length });
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
    examples: [],
    wording: "help.modules.calendar",
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
        await ctx.reply(t("noPublicUrl"));
        return;
      }
      const { units } = await selectionUnits(deps.catalogue, selection, () => followedBy(ctx.user.id));
      if (units.length === 0) {
        throw new InputError(
          withLocale(ctx.locale, () =>
            selection.kind === "day"
              ? t("nothingOnDay", { day: formatDate(selection.date, { long: true, withYear: true }) })
              : t("followNothing"),
          ),
        );
      }
      const token = await tokens.tokenFor(ctx.user.id, ctx.now());
      const link = `${base}${selectionPath(token, selection)}`;
      const feed = `${base}${selectionPath(token, { kind: "all" })}`;
      const served = deps.routes?.isServed() ?? false;
      // The one event's name in the reader's language (the calendar file keeps the data's English).
      const one = units.length === 1 ? deps.catalogue.byId.get(units[0]?.occurrenceId ?? "") : undefined;
      const summary =
        one !== undefined && one.kind !== "notice"
          ? sessionLabel(one, ctx.locale)
          : (units[0]?.summary ?? "");
      const card: Card = withLocale(ctx.locale, () => ({
        title: t("title", { what: describeSelection(selection) }),
        sections: [
          {
            text:
              units.length === 1
                ? t("addOne", { summary, link })
                : t("addMany", { count: units.length, link }),
          },
          ...(selection.kind === "all" ? [] : [{ text: t("feed", { feed }) }]),
        ],
        footer: t(served ? "served" : "notServed"),
      }));
      await ctx.replyPrivately(cardMessage(card, ctx.locale));
      if (!ctx.event.isDirect) await ctx.reply(say(ctx.locale, "calendar.sentPrivately"));
    };

    router.message(RESET_LINK, async (ctx) => {
      await tokens.reset(ctx.user.id, ctx.now());
      await ctx.replyPrivately(say(ctx.locale, "calendar.resetDone"));
    });

    router.message(CALENDAR_LINK, async (ctx) => {
      await answer(ctx, { kind: "all" });
    });

    router.message(
      (text) => ADD_TO_CALENDAR.test(text) || CALENDAR_FOR.test(text),
      async (ctx) => {
        const text = ctx.event.text.trim();
        const words = (text.match(ADD_TO_CALENDAR) ?? text.match(CALENDAR_FOR))?.[1] ?? "";
        // A message read from another language is not quoted back in its English reading.
        await answer(
          ctx,
          withLocale(ctx.locale, () =>
            selectionFor(deps, words, ctx.now(), ctx.event.asWritten === undefined),
          ),
        );
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
      if (!carrier) throw new InputError(t("sessionGone"));
      return answer(ctx, { kind: "session", ids: [carrier.id] });
    });
  },
};
