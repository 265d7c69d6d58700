/**
 * "my RSVPs": each event that takes RSVPs with the person's answer and place, the organiser's
 * own RSVP link (where the chat list is the Secretariat's), the deadline
 * (marked when passed) and a footer saying what can still be changed. An expert named by their
 * head of delegation sees who named them and where the party stands.
 */

import type { Card } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import { local } from "../../bot/programme/translations.js";
import { allocate } from "./allocation.js";
import { answerSummary, whenFields } from "./cards.js";
import { describeDeadline, listKeeper, rsvpDeadline, rsvpEvents } from "./events.js";
import { namedExpertOf, namedSummary } from "./named.js";
import { displayZone, mayAnswer } from "./service.js";
import type { RsvpRepository } from "./store.js";

/** What may still be done for one event. */
type Openness = "open" | "after-deadline" | "named" | "closed";

/** The footer key of each openness (`rsvp.mine.*`). */
const FOOTERS: Readonly<Record<Exclude<Openness, "closed">, string>> = {
  open: "footerOpen",
  "after-deadline": "footerAfterDeadline",
  named: "footerNamed",
};

/**
 * The "my RSVPs" card.
 * @example await ctx.reply(cardMessage(await myRsvps(ctx, deps, rsvps)));
 */
export async function myRsvps(ctx: TurnContext, deps: BotDeps, rsvps: RsvpRepository): Promise<Card> {
  const t = (key: string, values: Record<string, string | number> = {}) =>
    say(ctx.locale, `rsvp.mine.${key}`, values);
  const now = ctx.now().getTime();
  const mine = await rsvps.rsvpsOf(ctx.user.id);
  const events = rsvpEvents(deps.catalogue).filter(
    (event) => event.start > now || mine.some((answer) => answer.eventId === event.id),
  );
  const zone = displayZone(ctx.timeZone);
  const sections = await Promise.all(
    events.map(async (event) => {
      const answer = mine.find((candidate) => candidate.eventId === event.id);
      const settings = await rsvps.settings(event.id);
      const place = answer
        ? allocate(await rsvps.answersFor(event.id), settings?.capacity).placeOf(ctx.user.id)
        : undefined;
      const deadline = rsvpDeadline(event, settings);
      const passed = deadline !== undefined && now > deadline;
      const invited = await mayAnswer(ctx, deps, event);
      const named = answer ? undefined : await namedExpertOf(rsvps, event, ctx.person, ctx.user.id);
      // Rendered in the asker's language (after the awaits above, outside the turn's scope).
      return withLocale(ctx.locale, () => {
        const yours = answer
          ? answerSummary(answer, place, event)
          : named
            ? namedSummary(named, event)
            : invited
              ? t("notAnswered")
              : t("notYours", {
                  invited: event.event.invitation
                    ? local(event.event.invitation, ctx.locale)
                    : say(ctx.locale, "rsvp.error.namedGuests"),
                });
        const openness: Openness =
          event.start <= now
            ? "closed"
            : named
              ? "named"
              : !invited
                ? "closed"
                : passed
                  ? answer && answer.status !== "declined"
                    ? "after-deadline"
                    : "closed"
                  : "open";
        return {
          openness,
          deadline: deadline !== undefined && invited,
          section: {
            heading: local(event.event.title),
            fields: [
              ...whenFields(event, zone, ctx.timeZonePlace),
              { label: t("yourAnswer"), value: yours },
              ...(listKeeper(event) === "secretariat" &&
              event.event.rsvp?.originalLink &&
              event.start > now &&
              invited
                ? [
                    {
                      label: t("toHost"),
                      value: t("toHostValue", { link: event.event.rsvp.originalLink }),
                    },
                  ]
                : []),
              ...(deadline !== undefined && invited
                ? [
                    {
                      label: t("answerBy"),
                      value: passed
                        ? t("passed", { when: describeDeadline(deadline, event, zone) })
                        : describeDeadline(deadline, event, zone),
                    },
                  ]
                : []),
            ],
          },
        };
      });
    }),
  );
  const found = (["open", "after-deadline", "named"] as const).find((openness) =>
    sections.some((entry) => entry.openness === openness),
  );
  return withLocale(ctx.locale, () => ({
    title: say(ctx.locale, "rsvp.mineTitle"),
    sections: sections.length > 0 ? sections.map((entry) => entry.section) : [{ text: t("none") }],
    footer: found
      ? `${t(FOOTERS[found])}${found === "open" && sections.some((entry) => entry.deadline) ? t("toAttend") : ""}`
      : sections.length > 0
        ? t("closed")
        : undefined,
  }));
}
