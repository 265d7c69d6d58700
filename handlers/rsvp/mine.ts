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
import { allocate } from "./allocation.js";
import { answerSummary, whenFields } from "./cards.js";
import { describeDeadline, listKeeper, rsvpDeadline, rsvpEvents } from "./events.js";
import { namedExpertOf, namedSummary } from "./named.js";
import { assertMayAnswer, displayZone } from "./service.js";
import type { RsvpRepository } from "./store.js";

/** What may still be done for one event. */
type Openness = "open" | "after-deadline" | "named" | "closed";

const FOOTERS: Readonly<Record<Exclude<Openness, "closed">, string>> = {
  open: 'You can change an answer here until the event starts, e.g. "rsvp declined" or "rsvp attending with 1 expert: Ana Lima".',
  "after-deadline":
    'The "Answer by" time has passed: until the event starts you can still decline or answer with fewer experts, e.g. "rsvp declined".',
  named: "Changes go through the head of delegation who named you.",
};

/**
 * The "my RSVPs" card.
 * @example await ctx.reply(cardMessage(await myRsvps(ctx, deps, rsvps)));
 */
export async function myRsvps(ctx: TurnContext, deps: BotDeps, rsvps: RsvpRepository): Promise<Card> {
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
      const mayAnswer = await assertMayAnswer(ctx, deps, event).then(
        () => true,
        () => false,
      );
      const named = answer ? undefined : await namedExpertOf(rsvps, event, ctx.person, ctx.user.id);
      // Rendered in the asker's language (after the awaits above, outside the turn's scope).
      return withLocale(ctx.locale, () => {
        const yours = answer
          ? answerSummary(answer, place, event)
          : named
            ? namedSummary(named, event)
            : mayAnswer
              ? "not answered yet"
              : `not yours to give (the invitation is for ${event.event.invitation ?? "named guests"})`;
        const openness: Openness =
          event.start <= now
            ? "closed"
            : named
              ? "named"
              : !mayAnswer
                ? "closed"
                : passed
                  ? answer && answer.status !== "declined"
                    ? "after-deadline"
                    : "closed"
                  : "open";
        return {
          openness,
          deadline: deadline !== undefined && mayAnswer,
          section: {
            heading: event.event.title,
            fields: [
              ...whenFields(event, zone),
              { label: "Your answer", value: yours },
              ...(listKeeper(event) === "secretariat" &&
              event.event.rsvp?.originalLink &&
              event.start > now &&
              mayAnswer
                ? [
                    {
                      label: "RSVP to the host",
                      value: `${event.event.rsvp.originalLink} (answers here go to the Secretariat's list, not to the host)`,
                    },
                  ]
                : []),
              ...(deadline !== undefined && mayAnswer
                ? [
                    {
                      label: "Answer by",
                      value: `${describeDeadline(deadline, event, zone)}${passed ? " (passed)" : ""}`,
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
    sections:
      sections.length > 0
        ? sections.map((entry) => entry.section)
        : [{ text: "No event in the programme takes RSVPs at the moment." }],
    footer: found
      ? `${FOOTERS[found]}${found === "open" && sections.some((entry) => entry.deadline) ? ' To attend, answer by the "Answer by" time.' : ""}`
      : sections.length > 0
        ? "Answers are closed or not yours to give for these events."
        : undefined,
  }));
}
