/**
 * The home view ("app.home" action): adapters with a home surface dispatch it when the user
 * opens it, and show the reply there. It lists what is on now (until `endOf`: the reception's
 * stand-in end, the ping test's whole day) and the next sessions in the user's zone; other
 * features add their own section by declaring `homeSection` on their module.
 */
import { type Card, type CardSection, cardMessage } from "../bot/cards.js";
import type { TurnContext } from "../bot/context.js";
import { commandMatcher } from "../bot/language/compile.js";
import { withLocale } from "../bot/language/current.js";
import { say } from "../bot/language/messages.js";
import type { HandlerModule } from "../bot/module.js";
import { endOf } from "../bot/programme/ends.js";
import { describeWhen } from "../bot/programme/format.js";
import { occurrenceLabel } from "./programme/describe.js";

/** The action id adapters dispatch when a user opens the bot's home surface. */
export const HOME_ACTION = "app.home";

/** How many upcoming sessions the home view lists. */
const UPCOMING_COUNT = 5;

export const home: HandlerModule = {
  name: "home",
  install(router, deps, modules) {
    // "home", « accueil », "主页" typed: the same view, in chat (the console and clients without a home surface).
    router.message(commandMatcher("home"), (ctx) => showHome(ctx));
    router.action(HOME_ACTION, (ctx) => showHome(ctx));

    async function showHome(ctx: TurnContext): Promise<void> {
      const now = ctx.now().getTime();
      const upcoming = deps.catalogue.occurrences
        .filter((occurrence) => occurrence.kind !== "item" && endOf(occurrence) > now)
        .slice(0, UPCOMING_COUNT);
      const lines = upcoming.map((occurrence) => {
        const when = describeWhen(
          { start: occurrence.start, end: occurrence.end, dateOnly: occurrence.kind === "milestone" },
          {
            venueZone: occurrence.programme.zone,
            venueLabel: occurrence.programme.zoneLabel,
            askerZone: ctx.timeZone,
            ...(ctx.timeZonePlace ? { askerPlace: ctx.timeZonePlace } : {}),
          },
        );
        const onNow = occurrence.start <= now ? say(ctx.locale, "home.onNow") : "";
        const label = withLocale(ctx.locale, () => occurrenceLabel(occurrence));
        return `• ${label}${onNow}\n   ${when.asker ?? when.venue}${when.asker ? `\n   (${when.venue})` : ""}`;
      });
      const extra = (await Promise.all(modules.map((module) => module.homeSection?.(ctx, deps)))).filter(
        (section): section is CardSection => section !== undefined,
      );
      const card: Card = {
        title: say(ctx.locale, "home.title"),
        sections: [
          {
            text: lines.length > 0 ? lines.join("\n") : say(ctx.locale, "home.nothing"),
          },
          ...extra,
        ],
        footer: say(ctx.locale, "home.footer"),
      };
      await ctx.reply(cardMessage(card, ctx.locale));
    }
  },
};
