/**
 * Place notices: when a place frees up (someone declines, the capacity grows) the first
 * people on the waitlist are told they are in; when the capacity shrinks, those who lose
 * their place are told. A producer compares each attending person's derived place with what
 * they were last told, and enqueues a notice through the outbox with a deterministic id, so
 * two replicas (or two ticks) never send it twice. The text is checked again at send time.
 */

import { z } from "zod";
import type { Outgoing } from "../../bot/cards.js";
import { withLocale } from "../../bot/language/current.js";
import type { BotDeps } from "../../bot/module.js";
import type { SocialOccurrence } from "../../bot/programme/catalogue.js";
import type { Delivery } from "../../schedules/delivery.js";
import type { Producer } from "../../schedules/scheduler.js";
import { allocate } from "./allocation.js";
import { placeNoticeText } from "./cards.js";
import { rsvpEvents } from "./events.js";
import { displayZone } from "./service.js";
import type { RsvpRepository } from "./store.js";

/**
 * Outbox kind and campaign of place notices.
 * @example deps.outbox.register(PLACE_NOTICE_KIND, placeNoticeRenderer(deps, rsvps));
 */
export const PLACE_NOTICE_KIND = "rsvp-place";
/** @example await deps.outbox.campaign(PLACE_NOTICE_CAMPAIGN) // every place notice */
export const PLACE_NOTICE_CAMPAIGN = "rsvp-places";

const payloadSchema = z.object({ eventId: z.string(), state: z.enum(["confirmed", "waitlisted"]) });

/**
 * The producer that reconciles places after any change (it does nothing while the RSVP data
 * has not changed since its last run in this process).
 * @example deps.scheduler.add(placeNoticeProducer(deps, rsvps));
 */
export function placeNoticeProducer(deps: BotDeps, rsvps: RsvpRepository): Producer {
  let reconciled: string | undefined;
  return {
    name: "rsvp-places",
    async produce(now) {
      const snapshot = await rsvps.snapshot();
      if (snapshot.version === undefined || snapshot.version === reconciled) return;
      for (const event of rsvpEvents(deps.catalogue)) {
        if (event.start <= now.getTime()) continue;
        const answers = snapshot.answers.filter((answer) => answer.eventId === event.id);
        const allocation = allocate(answers, snapshot.settings.get(event.id)?.capacity);
        for (const answer of answers) {
          const place = allocation.placeOf(answer.userId);
          if (!place) continue;
          const told = await rsvps.notice(event.id, answer.userId);
          if (!told || told.queuedAt !== answer.queuedAt) {
            // Their own answer's reply told them (or is about to): remember it, send nothing.
            await rsvps.saveNotice(event.id, answer.userId, {
              state: place.state,
              queuedAt: answer.queuedAt,
              changes: told?.changes ?? 0,
            });
            continue;
          }
          if (told.state === place.state) continue;
          const changes = told.changes + 1;
          await deps.outbox.enqueue({
            campaign: PLACE_NOTICE_CAMPAIGN,
            localId: `${event.id}|${answer.userId}|${changes}`,
            kind: PLACE_NOTICE_KIND,
            recipient: answer.userId,
            payload: { eventId: event.id, state: place.state },
            dueAt: now.toISOString(),
            expiresAt: new Date(event.start).toISOString(),
          });
          await rsvps.saveNotice(event.id, answer.userId, {
            state: place.state,
            queuedAt: answer.queuedAt,
            changes,
          });
        }
      }
      reconciled = snapshot.version;
    },
  };
}

/**
 * Renders a place notice at send time; cancels it (null) when the place changed again since.
 * @example deps.outbox.register(PLACE_NOTICE_KIND, placeNoticeRenderer(deps, rsvps));
 */
export function placeNoticeRenderer(deps: BotDeps, rsvps: RsvpRepository) {
  return async (delivery: Delivery, _now: Date, _to: string, locale: string): Promise<Outgoing | null> => {
    const payload = payloadSchema.parse(delivery.payload);
    const event = deps.catalogue.byId.get(payload.eventId);
    if (event?.kind !== "social") return null;
    const answers = await rsvps.answersFor(event.id);
    const allocation = allocate(answers, (await rsvps.settings(event.id))?.capacity);
    const place = allocation.placeOf(delivery.recipient);
    const answer = answers.find((candidate) => candidate.userId === delivery.recipient);
    if (!place || !answer || place.state !== payload.state) return null;
    const contact = await deps.people.contact(delivery.recipient);
    return withLocale(locale, () => ({
      text: placeNoticeText(event as SocialOccurrence, place, answer, displayZone(contact?.timeZone), locale),
    }));
  };
}
