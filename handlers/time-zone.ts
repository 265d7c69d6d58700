/**
 * "my time zone is Tokyo": the asker chooses the zone answers and reminders use, when their
 * chat app gives none (the console, some clients) or the wrong one (a delegate travelling to
 * the session with their profile still at home). "my time zone" shows it; "reset my time
 * zone" goes back to the chat app's. Installed after the POC directory: a POC's "change my
 * time zone to …" changes their directory record there; "my time zone is …" (a statement, in
 * any language) is left to this module for everyone, POCs included.
 */
import type { TurnContext } from "../bot/context.js";
import { InputError } from "../bot/errors.js";
import { commandMatcher, compiled } from "../bot/language/compile.js";
import { timeZoneGrammar } from "../bot/language/grammar.js";
import { english } from "../bot/language/locales/en/lexicon.js";
import { say } from "../bot/language/messages.js";
import { placeNamedIn, zoneNamedIn } from "../bot/language/zone-in.js";
import { offsetZoneName } from "../bot/language/zone-names.js";
import { canonicalZone } from "../bot/language/zones.js";
import type { HandlerModule } from "../bot/module.js";
import { zoneLabel, zoneName } from "../bot/programme/format.js";
import { parseChange } from "./poc/parse.js";

/** "my time zone is Tokyo", "set my time zone to Asia/Tokyo", "change my tz to UTC+9", and with a question after it: English words of `bot/language/locales/en/grammar.ts`. */
const { set: SET_ZONE, setThenAsk: SET_ZONE_THEN_ASK } = timeZoneGrammar();
/** "my time zone", "mon fuseau horaire", "我的时区": a whole message in any language (`commands.ts`). */
const SHOW_ZONE = commandMatcher("myTimeZone");
/** "reset my time zone", "réinitialise mon fuseau horaire", "сбрось часовой пояс", "重置我的时区". */
const RESET_ZONE = commandMatcher("resetTimeZone");

/**
 * The IANA zone some words name, read by the language's zone reader: a city or capital, a
 * country with one zone, an abbreviation, an IANA name, "UTC", or an offset ("UTC+9" as the
 * `Etc/GMT` zone of that offset, whose POSIX sign is the other way round; "UTC+5:30" as a
 * zone that keeps it all year).
 * @throws {InputError} saying what to write instead (in `locale`), for anything else.
 * @example zoneFromWords("tokyo") === "Asia/Tokyo"; zoneFromWords("UTC+9") === "Etc/GMT-9"
 */
export function zoneFromWords(words: string, locale = "en"): string {
  const text = words.trim();
  // "мой часовой пояс Нарния": a place the pivot does not know leaves no words to quote.
  if (text === "") throw new InputError(say(locale, "timeZone.unknownPlace"));
  const zone = text.includes("/") ? canonicalZone(text) : zoneNamedIn(text, locale);
  if (zone) return zone;
  if (compiled(english).zoneOffset.test(text.toLowerCase())) {
    throw new InputError(say(locale, "timeZone.badOffset", { text }));
  }
  throw new InputError(say(locale, "timeZone.unknown", { text }));
}

/**
 * "Tokyo (JST, UTC+9)", "Москва (MSK, UTC+3)", "东京 (JST, UTC+9)": the zone's city in the
 * asker's language; an offset-only zone by its offset alone.
 */
function describeZone(zone: string, at: number, locale: string, place?: string): string {
  const name = zoneName(at, zone);
  // An offset typed ("UTC+5:30") is said as its offset, as an offset zone is.
  if (offsetZoneName(zone) !== undefined || (place && /\d/.test(place))) return name;
  return `${zoneLabel(zone, locale, place)} (${name})`;
}

function zoneChosen(zone: string, at: number, locale: string, place?: string): string {
  return say(locale, "timeZone.chosen", { zone: describeZone(zone, at, locale, place) });
}

export const timeZone: HandlerModule = {
  name: "time-zone",
  help: {
    wording: "help.modules.timeZone",
    title: say("en", "help.modules.timeZone.title"),
    examples: say("en", "help.modules.timeZone.examples").split("\n"),
  },
  install(router, deps) {
    /** Sets the zone some words name as the asker's, and says so (refused, changing nothing, when they name none). */
    const chooseZone = async (ctx: TurnContext, words: string) => {
      const zone = zoneFromWords(words, ctx.locale);
      // "Geneva" (whose zone is Zurich's), "UTC+5:30": the answers label the zone so.
      const place = words.includes("/") ? undefined : placeNamedIn(words, ctx.locale);
      await deps.people.chooseTimeZone(ctx.user, zone, ctx.now(), place);
      ctx.timeZone = zone;
      if (place) ctx.timeZonePlace = place;
      else delete ctx.timeZonePlace;
      await ctx.reply(zoneChosen(zone, ctx.now().getTime(), ctx.locale, place));
    };
    // A zone and a question in one message: the zone is set and said, then the question
    // goes on down the chain, answered in the new zone.
    router.useOnMessages(
      (ctx) => SET_ZONE_THEN_ASK.test(ctx.event.text.trim()),
      async (ctx, next) => {
        const found = SET_ZONE_THEN_ASK.exec(ctx.event.text.trim());
        if (!found) return next();
        await chooseZone(ctx, found[1] ?? "");
        ctx.event.text = found[2] ?? "";
        return next();
      },
    );

    router.message(SET_ZONE, (ctx) => chooseZone(ctx, ctx.match?.[1] ?? ""));

    // "mi zona horaria es Bogotá", "我的时区是东京": a person's own time-zone statement in any
    // language, read by the POC grammar (a POC's "change my time zone to …" went to their
    // directory record, earlier); after SET_ZONE, which reads the English ones.
    router.message(
      (text) => parseChange(text)?.field === "timeZone",
      (ctx) => chooseZone(ctx, parseChange(ctx.event.text)?.value ?? ""),
    );

    router.message(SHOW_ZONE, async (ctx) => {
      const contact = await deps.people.contact(ctx.user.id);
      const at = ctx.now().getTime();
      if (contact?.chosenTimeZone) {
        await ctx.reply(
          say(ctx.locale, "timeZone.showChosen", {
            zone: describeZone(contact.chosenTimeZone, at, ctx.locale, contact.chosenPlace),
          }),
        );
      } else if (contact?.listedTimeZone && ctx.timeZone === contact.listedTimeZone) {
        // A POC's record gives it (poc/module.ts), not their chat app.
        await ctx.reply(
          say(ctx.locale, "timeZone.showListed", { zone: describeZone(ctx.timeZone, at, ctx.locale) }),
        );
      } else if (ctx.timeZone) {
        await ctx.reply(
          say(ctx.locale, "timeZone.showApp", { zone: describeZone(ctx.timeZone, at, ctx.locale) }),
        );
      } else {
        await ctx.reply(say(ctx.locale, "timeZone.showNone"));
      }
    });

    router.message(RESET_ZONE, async (ctx) => {
      const contact = await deps.people.contact(ctx.user.id);
      if (!contact?.chosenTimeZone) {
        await ctx.reply(
          ctx.timeZone
            ? say(ctx.locale, "timeZone.notChosenApp", {
                zone: describeZone(ctx.timeZone, ctx.now().getTime(), ctx.locale),
              })
            : say(ctx.locale, "timeZone.notChosenNone"),
        );
        return;
      }
      await deps.people.chooseTimeZone(ctx.user, undefined, ctx.now());
      ctx.timeZone = ctx.user.timeZone;
      delete ctx.timeZonePlace;
      await ctx.reply(
        ctx.user.timeZone
          ? say(ctx.locale, "timeZone.resetApp", {
              zone: describeZone(ctx.user.timeZone, ctx.now().getTime(), ctx.locale),
            })
          : say(ctx.locale, "timeZone.resetNone"),
      );
    });
  },
};
