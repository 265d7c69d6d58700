/**
 * The "rsvp:<event>:<status>" audience, for broadcasts to people who answered: e.g.
 * `rsvp:oewg-7-reception-2024-03-04:attending`, `rsvp:reception:confirmed`. Statuses:
 * attending, confirmed, waitlisted, tentative, declined, answered (default: attending).
 */
import type { Recipient } from "../../bot/audiences.js";
import type { BotDeps } from "../../bot/module.js";
import type { Address } from "../../bot/types.js";
import { allocate } from "./allocation.js";
import { resolveRsvpEvent } from "./events.js";
import type { RsvpRepository } from "./store.js";

const STATUSES = ["attending", "confirmed", "waitlisted", "tentative", "declined", "answered"] as const;

/**
 * Registers the audience on `deps.audiences`.
 * @example registerRsvpAudience(deps, rsvps); await deps.audiences.resolve("rsvp:reception:confirmed");
 */
export function registerRsvpAudience(deps: BotDeps, rsvps: RsvpRepository): void {
  deps.audiences.register(
    {
      name: "rsvp",
      description:
        "people who answered an RSVP (attending, confirmed, waitlisted, tentative, declined, answered)",
      example: "rsvp:reception:attending",
    },
    async (argument) => {
      const text = argument ?? "";
      const colon = text.lastIndexOf(":");
      const tail =
        colon === -1
          ? ""
          : text
              .slice(colon + 1)
              .trim()
              .toLowerCase();
      const status = (STATUSES as readonly string[]).includes(tail)
        ? (tail as (typeof STATUSES)[number])
        : "attending";
      const eventWords = (STATUSES as readonly string[]).includes(tail) ? text.slice(0, colon) : text;
      let event: ReturnType<typeof resolveRsvpEvent>;
      try {
        event = resolveRsvpEvent(deps.catalogue, eventWords, deps.clock.now());
      } catch (error) {
        throw new Error(`rsvp:<event>:<status>: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      const answers = await rsvps.answersFor(event.id);
      const allocation = allocate(answers, (await rsvps.settings(event.id))?.capacity);
      const chosen = answers.filter((answer) => {
        const place = allocation.placeOf(answer.userId);
        if (status === "answered") return true;
        if (status === "confirmed" || status === "waitlisted") return place?.state === status;
        return answer.status === status;
      });
      return chosen.map(
        (answer): Recipient => ({
          key: answer.email ?? answer.userId,
          name: answer.name,
          userId: answer.userId as Address,
          ...(answer.state ? { state: answer.state } : {}),
        }),
      );
    },
  );
}
