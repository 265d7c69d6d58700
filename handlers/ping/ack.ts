/**
 * Recording a POC's acknowledgement of a ping (first one wins, late after the close, nothing
 * after a cancellation), and the words for what was recorded — shared by the Acknowledge
 * button and the typed "acknowledge".
 */

import { ACK_GRACE_MS } from "../../bot/acknowledgements.js";
import type { TurnContext } from "../../bot/context.js";
import { currentLocale, withLocale } from "../../bot/language/current.js";
import { say as wording } from "../../bot/language/messages.js";
import { chosenPlaceOf } from "../../bot/people/schema.js";
import { stateName } from "../../bot/people/states.js";
import type { Delivery } from "../../schedules/delivery.js";
import { formatMoment } from "../poc/time.js";
import { answersReachedPing } from "./report.js";
import type { PingAck, PingTarget, PingTest } from "./schema.js";
import type { PingServices } from "./service.js";
import { pocPings } from "./store.js";

/**
 * How long after its close a test still takes acknowledgements (counted late: a POC in a far
 * zone may see the ping the next morning); after that it is closed for good, by chat and by
 * e-mail link alike, and an answer records nothing. The same grace bounds a broadcast's typed
 * acknowledgement (`bot/acknowledgements.ts`).
 */
export { ACK_GRACE_MS };

/**
 * The instant after which a test takes no acknowledgement (ISO 8601).
 * @example if (now.toISOString() >= acksCloseAt(test)) return closedAnswer(ctx, test, target);
 */
export function acksCloseAt(test: PingTest): string {
  return new Date(Date.parse(test.closesAt) + ACK_GRACE_MS).toISOString();
}

/** Ping deliveries that reached the POC's chat (an acknowledgement can only answer one of these). */
export const DELIVERED_PING: ReadonlySet<Delivery["status"]> = new Set(["sent", "uncertain"]);

/**
 * A test and the POC entry it pinged, in words.
 * @example pingName(test, target) === "ping test 20240610-1300-ab12 (technical POC of Kenya)"
 */
export function pingName(test: PingTest, target: PingTarget): string {
  const locale = currentLocale();
  const type = wording(locale, `poc.type.${target.type}`);
  return wording(locale, "ping.name", { id: test.id, type, state: stateName(target.state) });
}

/**
 * The answer to someone a test addressed but did not ping: they had no chat account the bot
 * knew when it started. Nothing is recorded for them.
 * @example await say(notPingedAnswer(test, target));
 */
export function notPingedAnswer(test: PingTest, target: PingTarget): string {
  return wording(currentLocale(), "ping.notPinged", { name: capitalise(pingName(test, target)) });
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The answer to a "received" typed while the asker's ping is on its way and has not reached
 * them (`how`: to their chat, or by e-mail). Nothing is recorded: a word typed before the ping
 * answers none, and the report counts only answers to a ping that reached the POC.
 * @example await say(notYetAnswer(test, target, "email"));
 */
export function notYetAnswer(test: PingTest, target: PingTarget, how: "chat" | "email"): string {
  const key = how === "email" ? "ping.notYetEmail" : "ping.notYetChat";
  return wording(currentLocale(), key, { name: capitalise(pingName(test, target)) });
}

/**
 * Whether a stored acknowledgement stands: it answers a ping that reached the POC (else a new
 * answer replaces it; see {@link answersReachedPing}).
 * @example const { first } = await services.tests.acknowledge(test.id, pocId, ack, await standing(services, test.id, pocId));
 */
export async function standing(
  services: PingServices,
  testId: string,
  pocId: string,
): Promise<(existing: PingAck) => boolean> {
  const { chat, email } = await pocPings(services.deps.outbox, testId, pocId);
  const reached = [chat, email].filter((ping): ping is Delivery => ping !== undefined);
  return (existing) => answersReachedPing(existing, reached);
}

/**
 * Records one POC's acknowledgement (the first one wins) and says what happened. `named`:
 * the answer names the test and the POC entry (for a typed "acknowledge", which may answer
 * several); the button's answer says "this ping".
 * @example await say(await recordAck(services, ctx, test, target, email));
 */
export async function recordAck(
  services: PingServices,
  ctx: TurnContext,
  test: PingTest,
  target: PingTarget,
  email: string,
  named = false,
  via: "button" | "typed" = "button",
): Promise<string> {
  const cancellation = await services.tests.cancellation(test.id);
  if (cancellation && !(await services.tests.ack(test.id, target.pocId))) {
    const locale = ctx.locale;
    return withLocale(locale, () => {
      const when = formatMoment(cancellation.at, ...zoneOf(ctx, target));
      return named
        ? wording(locale, "ping.cancelledByOf", { name: capitalise(pingName(test, target)), when })
        : wording(locale, "ping.cancelledBy", { when });
    });
  }
  if (ctx.now().toISOString() >= acksCloseAt(test) && !(await services.tests.ack(test.id, target.pocId)))
    return withLocale(ctx.locale, () => closedAnswer(ctx, test, target, named));
  const { first, ack } = await services.tests.acknowledge(
    test.id,
    target.pocId,
    // Called only for a ping that reached the asker (typed-ack.ts checks before recording).
    {
      at: ctx.now().toISOString(),
      userId: ctx.user.id,
      email,
      channel: "chat",
      via,
      ...(via === "typed" ? { afterDelivery: true } : {}),
    },
    await standing(services, test.id, target.pocId),
  );
  const locale = ctx.locale;
  return withLocale(locale, () => {
    const when = formatMoment(ack.at, ...zoneOf(ctx, target));
    const late = ack.at > test.closesAt ? wording(locale, "ping.late") : "";
    const name = pingName(test, target);
    const key = `ping.${first ? "recorded" : "already"}${named ? "Of" : ""}`;
    return `${wording(locale, key, { when, name })}${late}`;
  });
}

/**
 * The answer to an acknowledgement after the test stopped taking them ({@link acksCloseAt}):
 * when it closed and until when it took late ones; nothing was recorded. `named`: the answer
 * names the test and POC entry (else "this ping test").
 * @example return withLocale(ctx.locale, () => closedAnswer(ctx, test, target, true));
 */
export function closedAnswer(ctx: TurnContext, test: PingTest, target: PingTarget, named: boolean): string {
  const locale = currentLocale();
  const zone = zoneOf(ctx, target);
  const values = {
    when: formatMoment(test.closesAt, ...zone),
    until: formatMoment(acksCloseAt(test), ...zone),
  };
  return named
    ? wording(locale, "ping.closedOf", { ...values, name: pingName(test, target) })
    : wording(locale, "ping.closed", values);
}

/**
 * "Yes: your acknowledgement of … is recorded, at …": the answer to "received?" once it is
 * (in the current locale). Records nothing.
 * @example answers.push(withLocale(ctx.locale, () => recordedAnswer(ctx, test, target, ack)));
 */
export function recordedAnswer(ctx: TurnContext, test: PingTest, target: PingTarget, ack: PingAck): string {
  const locale = currentLocale();
  const when = formatMoment(ack.at, ...zoneOf(ctx, target));
  return wording(locale, "ping.questionRecorded", { name: pingName(test, target), when });
}

/**
 * The zone a POC reads an acknowledgement's time in: the one they chose in chat, else their
 * directory entry's, else their chat app's (as the change previews do); with the place they
 * named their chosen zone by, which labels it.
 */
function zoneOf(ctx: TurnContext, target: PingTarget): [zone?: string, place?: string] {
  const chosen = ctx.contact?.chosenTimeZone;
  if (chosen) return [chosen, chosenPlaceOf(ctx.contact, chosen)];
  const zone = target.zone ?? ctx.timeZone;
  return [zone, zone === target.zone ? target.place : undefined];
}
