/**
 * Recording an answer: who may answer, the deadline, experts, queue position; shared by the
 * invitation's buttons and the "rsvp …" phrases. The answer is one record written in one
 * operation, so a bad input changes nothing and two clicks at once leave one answer.
 */

import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import type { SocialOccurrence } from "../../bot/programme/catalogue.js";
import { endOf } from "../../bot/programme/ends.js";
import { formatDate } from "../../bot/programme/format.js";
import { isValidTimeZone } from "../../bot/programme/time.js";
import { local } from "../../bot/programme/translations.js";
import { allocate, type Place } from "./allocation.js";
import { describeDeadline, invitationScope, rsvpDeadline } from "./events.js";
import { namedExpertOf, namedRefusal } from "./named.js";
import { sameName } from "./names.js";
import type { Experts, RsvpAnswer, RsvpStatus } from "./schema.js";
import type { RsvpRepository } from "./store.js";

/**
 * The outbox campaign of an event's invitations (one delivery per user).
 * @example invitationCampaign("oewg-7-reception-2024-03-04") === "rsvp-invite-oewg-7-reception-2024-03-04"
 */
export const invitationCampaign = (eventId: string) => `rsvp-invite-${eventId}`;

/**
 * What a turn answered, for the reply.
 * @example const { answer, place } = await recordAnswer(ctx, deps, rsvps, reception, "attending", undefined);
 */
export interface Answered {
  answer: RsvpAnswer;
  place?: Place;
}

/**
 * A zone fit for display: the given one when valid.
 * @example displayZone("Europe/Paris") === "Europe/Paris"; displayZone("Mars/Base") === undefined
 */
export function displayZone(zone: string | undefined): string | undefined {
  return zone && isValidTimeZone(zone) ? zone : undefined;
}

/**
 * May this user answer for this event? Heads of delegation (when the invitation is theirs),
 * anyone invited through the bot, and the Secretariat.
 * @throws {ForbiddenError} explaining who is invited.
 * @example await assertMayAnswer(ctx, deps, reception); // throws ForbiddenError for a delegate
 */
export async function assertMayAnswer(
  ctx: TurnContext,
  deps: BotDeps,
  event: SocialOccurrence,
): Promise<void> {
  if (await mayAnswer(ctx, deps, event)) return;
  const locale = ctx.locale;
  throw new ForbiddenError(
    say(locale, "rsvp.error.notInvited", {
      title: local(event.event.title, locale),
      invited: event.event.invitation
        ? local(event.event.invitation, locale)
        : say(locale, "rsvp.error.namedGuests"),
    }),
  );
}

/**
 * Whether the invitation includes the asker (everyone; the Secretariat; a head of delegation
 * for an invitation to heads of delegation; else someone the Secretariat invited by name):
 * {@link assertMayAnswer}'s test, without its refusal, for the cards that only ask those
 * invited (every programme answer asks, so no error and no message is made).
 * @example await mayAnswer(ctx, deps, reception) // false for a delegate not invited by name
 */
export async function mayAnswer(ctx: TurnContext, deps: BotDeps, event: SocialOccurrence): Promise<boolean> {
  const scope = invitationScope(event);
  if (scope === "everyone" || ctx.roles.includes("secretariat")) return true;
  if (scope === "role:head_of_delegation" && ctx.roles.includes("head_of_delegation")) return true;
  const invited = await deps.outbox.get(`${invitationCampaign(event.id)}/${ctx.user.id}`);
  return invited !== undefined && invited.status !== "cancelled";
}

/**
 * Experts as an answer gives them. `exact` (from "remove NAME from my rsvp") takes the names
 * as they are, where a count without names otherwise keeps the names given before.
 * @example const change: ExpertsChange = { count: 1, names: [], exact: true };
 */
export type ExpertsChange = Partial<Experts> & { exact?: boolean };

/**
 * May this answer still be given after the deadline? Declining, and keeping or shrinking an
 * answer already given (fewer experts, or attending → tentative): none of these takes a place.
 * @example mayAnswerAfterDeadline(previous, "attending", 1) // true when previously attending with 2
 */
export function mayAnswerAfterDeadline(
  previous: RsvpAnswer | undefined,
  status: RsvpStatus,
  count: number,
): boolean {
  if (status === "declined") return true;
  if (!previous || previous.status === "declined") return false;
  const sameOrLess =
    previous.status === status || (previous.status === "attending" && status === "tentative");
  return sameOrLess && count <= previous.experts.count;
}

/**
 * Records one answer and works out the place it gets.
 * @throws {InputError} after the event started, after the deadline (except to decline or to
 * keep or shrink the party), or when the experts are wrong; {@link ForbiddenError} for people
 * not invited (saying who named them, for an expert named by their head of delegation).
 * @example await recordAnswer(ctx, deps, rsvps, reception, "attending", { count: 2, names: ["Ana Lima", "Raj Patel"] });
 */
export async function recordAnswer(
  ctx: TurnContext,
  deps: BotDeps,
  rsvps: RsvpRepository,
  event: SocialOccurrence,
  status: RsvpStatus,
  experts: ExpertsChange | undefined,
): Promise<Answered> {
  const now = ctx.now();
  if (now.getTime() >= endOf(event)) {
    throw new InputError(
      say(ctx.locale, "rsvp.error.tookPlace", {
        title: local(event.event.title, ctx.locale),
        day: withLocale(ctx.locale, () => formatDate(event.date, { withYear: true })),
      }),
    );
  }
  if (now.getTime() >= event.start)
    throw new InputError(
      say(ctx.locale, "rsvp.error.begun", { title: local(event.event.title, ctx.locale) }),
    );
  await assertMayAnswer(ctx, deps, event).catch(async (error: unknown) => {
    const named =
      error instanceof ForbiddenError
        ? await namedExpertOf(rsvps, event, ctx.person, ctx.user.id)
        : undefined;
    throw named && ctx.person ? new ForbiddenError(namedRefusal(named, event, ctx.person.name)) : error;
  });
  const self = ctx.person?.name;
  const named = experts?.names?.find((name) => self !== undefined && sameName(name, self));
  if (named && status !== "declined") {
    throw new InputError(say(ctx.locale, "rsvp.error.namedSelf", { name: named }));
  }
  const settings = await rsvps.settings(event.id);
  const deadline = rsvpDeadline(event, settings);
  const previous = await rsvps.answer(event.id, ctx.user.id);
  // A new count without names keeps the names given before; fewer places than names
  // given is a choice only the person can make.
  const namedBefore = previous?.status === "declined" ? [] : (previous?.experts.names ?? []);
  const countOnly = !experts?.exact && experts?.count !== undefined && (experts.names ?? []).length === 0;
  if (
    countOnly &&
    status !== "declined" &&
    (experts?.count ?? 0) > 0 &&
    (experts?.count ?? 0) < namedBefore.length
  ) {
    const kept = namedBefore.slice(0, experts?.count);
    throw new InputError(
      say(ctx.locale, "rsvp.error.namedBefore", {
        count: namedBefore.length,
        names: namedBefore.join(say(ctx.locale, "rsvp.nameSeparator")),
        // The example is a command the bot reads: English's words, as the grammar has them.
        example: `rsvp ${status} with ${kept.length} expert${kept.length === 1 ? "" : "s"}: ${kept.join(", ")}`,
      }),
    );
  }
  const names =
    (countOnly && (experts?.count ?? 0) > 0 ? namedBefore : experts?.names) ??
    (experts?.count === undefined ? previous?.experts.names : undefined) ??
    [];
  const count =
    experts?.count ?? (experts?.names ? Math.max(experts.names.length, 0) : (previous?.experts.count ?? 0));
  if (
    deadline !== undefined &&
    now.getTime() > deadline &&
    !mayAnswerAfterDeadline(previous, status, count)
  ) {
    const when = withLocale(ctx.locale, () => describeDeadline(deadline, event, displayZone(ctx.timeZone)));
    throw new InputError(
      say(
        ctx.locale,
        previous && previous.status !== "declined"
          ? "rsvp.error.deadlinePassedFewer"
          : "rsvp.error.deadlinePassed",
        { when },
      ),
    );
  }
  const capacity = settings?.capacity;
  if (status === "attending" && capacity !== undefined && 1 + count > capacity) {
    throw new InputError(
      say(ctx.locale, "rsvp.error.capacity", { title: event.event.title, count: capacity, party: 1 + count }),
    );
  }
  const stamp = now.toISOString();
  const answer: RsvpAnswer = {
    eventId: event.id,
    userId: ctx.user.id,
    email: ctx.user.verifiedEmail?.trim().toLowerCase(),
    name: ctx.person?.name ?? ctx.user.displayName,
    state: ctx.person?.state,
    status,
    experts: status === "declined" ? { count: 0, names: [] } : { count, names: names.slice(0, count) },
    firstRespondedAt: previous?.firstRespondedAt ?? stamp,
    queuedAt: previous?.status === "attending" && status === "attending" ? previous.queuedAt : stamp,
    updatedAt: stamp,
    answers: (previous?.answers ?? 0) + 1,
  };
  await rsvps.save(answer);
  if (status !== "attending") return { answer };
  const allocation = allocate(await rsvps.answersFor(event.id), settings?.capacity);
  const place = allocation.placeOf(ctx.user.id);
  if (place) {
    const notice = await rsvps.notice(event.id, ctx.user.id);
    await rsvps.saveNotice(event.id, ctx.user.id, {
      state: place.state,
      queuedAt: answer.queuedAt,
      changes: notice?.changes ?? 0,
    });
  }
  return { answer, place };
}
