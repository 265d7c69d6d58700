/**
 * Invitations: the Secretariat's "send reception invitations" enqueues one invitation card
 * per person in scope who has not answered yet (through the outbox, one delivery per user, so
 * sending again reaches only those not invited yet); the card is rendered at send time, in the
 * reader's zone, and not sent at all to someone who has answered meanwhile or once the event
 * has begun.
 */

import { z } from "zod";
import { cardMessage, type Outgoing } from "../../bot/cards.js";
import { InputError } from "../../bot/errors.js";
import { withLocale } from "../../bot/language/current.js";
import type { BotDeps } from "../../bot/module.js";
import { chosenPlaceOf } from "../../bot/people/schema.js";
import type { SocialOccurrence } from "../../bot/programme/catalogue.js";
import type { Delivery } from "../../schedules/delivery.js";
import { invitationCard } from "./cards.js";
import { invitationScope, rsvpDeadline } from "./events.js";
import { displayZone, invitationCampaign } from "./service.js";
import type { RsvpRepository } from "./store.js";

/**
 * Outbox kind of invitations.
 * @example deps.outbox.register(INVITATION_KIND, invitationRenderer(deps, rsvps));
 */
export const INVITATION_KIND = "rsvp-invitation";

const payloadSchema = z.object({ eventId: z.string() });

/**
 * The outcome of sending invitations.
 * @example // { selector: "role:head_of_delegation", queued: 12, alreadyInvited: 3, unreachable: ["Li Wei"] }
 */
export interface InvitationRun {
  selector: string;
  queued: number;
  alreadyInvited: number;
  /** People in scope who have answered already (in chat): nobody asks them again. */
  alreadyAnswered: number;
  /** People in scope the bot cannot message yet (never talked to it). */
  unreachable: string[];
}

/**
 * Enqueues the invitation for everyone in the audience who can be reached.
 * @throws {InputError} for an unknown audience or an event that has begun.
 * @example await sendInvitations(deps, rsvps, reception, undefined, now) // { selector: "role:head_of_delegation", queued: 12, alreadyAnswered: 2, … }
 */
export async function sendInvitations(
  deps: BotDeps,
  rsvps: RsvpRepository,
  event: SocialOccurrence,
  selector: string | undefined,
  now: Date,
): Promise<InvitationRun> {
  if (event.start <= now.getTime())
    throw new InputError(`The ${event.event.title} has already begun; no invitations were sent.`);
  const audience = selector?.trim() || invitationScope(event);
  let recipients: Awaited<ReturnType<typeof deps.audiences.resolve>>;
  try {
    recipients = await deps.audiences.resolve(audience);
  } catch (error) {
    throw new InputError(
      `No invitations were sent: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const deadline = rsvpDeadline(event, await rsvps.settings(event.id));
  const expiresAt = new Date(Math.min(event.start, deadline ?? event.start)).toISOString();
  const answered = new Set((await rsvps.answersFor(event.id)).map((answer) => answer.userId));
  let queued = 0;
  let alreadyInvited = 0;
  let alreadyAnswered = 0;
  const unreachable: string[] = [];
  for (const recipient of recipients) {
    if (!recipient.userId) {
      unreachable.push(recipient.name);
      continue;
    }
    if (answered.has(recipient.userId)) {
      alreadyAnswered += 1;
      continue;
    }
    const fresh = await deps.outbox.enqueue({
      campaign: invitationCampaign(event.id),
      localId: recipient.userId,
      kind: INVITATION_KIND,
      recipient: recipient.userId,
      payload: { eventId: event.id },
      dueAt: now.toISOString(),
      expiresAt,
    });
    if (fresh) queued += 1;
    else alreadyInvited += 1;
  }
  return { selector: audience, queued, alreadyInvited, alreadyAnswered, unreachable: unreachable.sort() };
}

/**
 * Renders an invitation at send time from the current programme; cancels it when the event
 * is gone or has begun, or the recipient has answered since it was queued.
 * @example deps.outbox.register(INVITATION_KIND, invitationRenderer(deps, rsvps));
 */
export function invitationRenderer(deps: BotDeps, rsvps: RsvpRepository) {
  return async (delivery: Delivery, now: Date, _to: unknown, locale: string): Promise<Outgoing | null> => {
    const { eventId } = payloadSchema.parse(delivery.payload);
    const event = deps.catalogue.byId.get(eventId);
    if (event?.kind !== "social" || !event.event.rsvp || event.start <= now.getTime()) return null;
    const settings = await rsvps.settings(eventId);
    const answers = await rsvps.answersFor(eventId);
    const answer = answers.find((candidate) => candidate.userId === delivery.recipient);
    if (answer) return null;
    const contact = await deps.people.contact(delivery.recipient);
    return withLocale(locale, () =>
      cardMessage(
        invitationCard(event, {
          zone: displayZone(contact?.timeZone),
          ...(chosenPlaceOf(contact) ? { zonePlace: chosenPlaceOf(contact) } : {}),
          deadline: rsvpDeadline(event, settings),
          capacity: settings?.capacity,
        }),
        locale,
      ),
    );
  };
}
