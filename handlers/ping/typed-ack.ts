/**
 * "acknowledge" typed instead of clicking (for POCs whose client shows no buttons). It answers
 * the pings actually sent to the asker — delivered to their chat account, for the POC entries
 * of their verified email — that they have not acknowledged: every such open test, or, when
 * none of the tests that pinged them is open, the most recent closed one (counted late) while it
 * still takes acknowledgements (a day after its close, `acksCloseAt`). When
 * another message (a broadcast) also waits for their acknowledgement it does not guess: it
 * records nothing and lists what is waiting. With no ping waiting, a single waiting broadcast
 * is acknowledged as its button does.
 */

import { TYPED_ACK_DAYS, type WaitingAck } from "../../bot/acknowledgements.js";
import type { TurnContext } from "../../bot/context.js";
import { withLocale } from "../../bot/language/current.js";
import { endsAsQuestion } from "../../bot/language/grammar.js";
import { conjunction } from "../../bot/language/intl.js";
import { sentences, say as wording } from "../../bot/language/messages.js";
import type { MilestoneOccurrence } from "../../bot/programme/catalogue.js";
import { formatDate } from "../../bot/programme/format.js";
import { localDateTime } from "../../bot/programme/time.js";
import { local } from "../../bot/programme/translations.js";
import { EMAIL_CHANNEL, personEmail } from "../../bot/reach/channels.js";
import type { MessageEvent } from "../../bot/types.js";
import type { Delivery } from "../../schedules/delivery.js";
import { verifiedEmailOf } from "../poc/people.js";
import type { Say } from "../poc/private.js";
import { formatMoment } from "../poc/time.js";
import {
  acksCloseAt,
  DELIVERED_PING,
  notPingedAnswer,
  notYetAnswer,
  pingName,
  recordAck,
  recordedAnswer,
} from "./ack.js";
import { answersReachedPing } from "./report.js";
import type { PingAck, PingTarget, PingTest } from "./schema.js";
import type { PingServices } from "./service.js";
import { pocPings } from "./store.js";

/** One POC entry of the asker in one test, and what became of its ping. */
interface Entry {
  test: PingTest;
  target: PingTarget;
  delivery?: Delivery;
  /** The ping reached this person's chat. */
  pinged: boolean;
  /**
   * The test is open and its ping is on its way to this person but has not reached them: to
   * their chat account (queued or being sent, or not queued yet), or by e-mail (queued, or to
   * be queued because the chat ping failed or the test goes "by e-mail too") with an e-mail
   * adapter running. A "received" typed now answers no ping: nothing is recorded, and they are
   * told how it is coming.
   */
  onItsWay: false | "chat" | "email";
  /** Their acknowledgement, when one is recorded and stands (it answers a ping that reached them). */
  ack: PingAck | undefined;
  cancelled: boolean;
  /** Closed or cancelled. */
  over: boolean;
  /** Closed and past the day it took late acknowledgements in ({@link acksCloseAt}). */
  expired: boolean;
}

/**
 * "received?" (or `asked`: "did I answer the ping already?") records nothing: it says whether
 * their acknowledgement is recorded, and when, in their zone.
 * @example router.message(ACKNOWLEDGE, (ctx) => answerPrivately(ctx, (say) => acknowledgeByText(services, ctx, say)));
 */
export async function acknowledgeByText(
  services: PingServices,
  ctx: TurnContext<MessageEvent>,
  say: Say,
  asked: boolean = endsAsQuestion(ctx.event.text),
): Promise<void> {
  const email = verifiedEmailOf(ctx);
  const entries = email ? await entriesOf(services, ctx, email) : [];
  const { open: others, past } = await services.deps.acknowledgements.partition(ctx, PING_ACKS);
  // "received?", "did I answer the ping?": a question about the acknowledgement, never one;
  // answered, nothing recorded.
  if (asked) return say(await answerQuestion(services, ctx, entries, others, email));
  const answer = await acknowledgeWhatWaits(services, ctx, email, dueEntries(entries), others);
  if (answer !== undefined) return say(answer);
  // Nothing a typed word can mean: say why, and name what is too old to be acknowledged so.
  const nothing = await nothingToAcknowledge(services, ctx, email, entries);
  await say(past.length > 0 ? sentences([nothing, tooOldToType(past, ctx.locale)]) : nothing);
}

/** Nothing waits that a typed word may acknowledge: why, for the pings (nothing is recorded). */
async function nothingToAcknowledge(
  services: PingServices,
  ctx: TurnContext,
  email: string | undefined,
  entries: readonly Entry[],
): Promise<string> {
  // No test open for a POC: when the programmes announce one, say when; nothing is recorded.
  if (email && !entries.some((entry) => !entry.over)) {
    const next = nextAnnouncedTest(services, ctx.now(), await services.tests.all());
    if (next && (entries.length > 0 || (await services.directory.forEmail(email)).length > 0))
      return withLocale(ctx.locale, () =>
        wording(ctx.locale, "ping.noneOpen", {
          title: local(next.milestone.title),
          date: formatDate(next.date, { long: true, withYear: true }),
        }),
      );
  }
  if (!email || entries.length === 0) return wording(ctx.locale, "ping.nothing");
  return nothingDue(services, ctx, entries, email);
}

/**
 * Messages that waited for an acknowledgement too long for a typed word to mean them: named,
 * with how to acknowledge them still (their button). Nothing is recorded for them.
 */
function tooOldToType(past: readonly WaitingAck[], locale: string): string {
  return wording(locale, "broadcast.typedTooOld", {
    days: TYPED_ACK_DAYS,
    list: conjunction(
      locale,
      past.map((waiting) => waiting.label),
    ),
  });
}

/**
 * "got it, thanks", "merci", "ok noted thx": an acknowledgement only while something waits for
 * one. A ping of an open test that reached the asker is acknowledged (several things waiting:
 * they are listed, nothing recorded); with no ping waiting, the one broadcast that a typed word
 * may still acknowledge (`deps.acknowledgements`) is. A ping on its way that has not reached
 * them yet: they are told so, nothing recorded. Else undefined (nothing recorded): small talk.
 * @example const answer = await acknowledgeIfWaiting(services, ctx); if (answer === undefined) await next();
 */
export async function acknowledgeIfWaiting(
  services: PingServices,
  ctx: TurnContext<MessageEvent>,
): Promise<string | undefined> {
  if (endsAsQuestion(ctx.event.text)) return undefined;
  const email = verifiedEmailOf(ctx);
  const entries = email ? await entriesOf(services, ctx, email) : [];
  const waiting = entries.filter((entry) => entry.pinged && !entry.over && !entry.ack);
  const others = await services.deps.acknowledgements.waiting(ctx, PING_ACKS);
  const answer = await acknowledgeWhatWaits(services, ctx, email, waiting, others);
  if (answer !== undefined) return answer;
  // "got it" before the ping arrived: as "received" is answered, never a bare thanks.
  const coming = entries.flatMap(({ test, target, onItsWay, ack }) =>
    onItsWay && !ack ? [withLocale(ctx.locale, () => notYetAnswer(test, target, onItsWay))] : [],
  );
  return coming.length === 0 ? undefined : [...new Set(coming)].join("\n");
}

/** The name the ping tests' finder is registered under in `deps.acknowledgements`. */
export const PING_ACKS = "ping";

/**
 * The ping tests waiting for the asker's acknowledgement (those a typed "acknowledge" would
 * answer), one per test, for other features to list: a bare "ok" to a change's preview is not
 * taken for its Confirm while one waits.
 * @example deps.acknowledgements.register(PING_ACKS, (ctx) => waitingPings(services, ctx));
 */
export async function waitingPings(services: PingServices, ctx: TurnContext): Promise<WaitingAck[]> {
  const email = verifiedEmailOf(ctx);
  if (!email) return [];
  const byTest = new Map<string, Entry[]>();
  for (const entry of dueEntries(await entriesOf(services, ctx, email)))
    byTest.set(entry.test.id, [...(byTest.get(entry.test.id) ?? []), entry]);
  return [...byTest.values()].map((entries) => ({
    label: testLabel((entries[0] as Entry).test, ctx.locale),
    typedUntil: acksCloseAt((entries[0] as Entry).test),
    acknowledge: () => recordTyped(services, ctx, entries, email),
  }));
}

/** A test in a list of what waits: "the ping test of Mon 10 Jun 2024, 9:00 AM New York time (id)". */
function testLabel(test: PingTest, locale: string): string {
  return withLocale(locale, () =>
    wording(locale, "ping.testOf", { when: formatMoment(test.startedAt), id: test.id }),
  );
}

/** Deliveries still on their way: queued, or being sent. */
const ON_ITS_WAY: ReadonlySet<Delivery["status"]> = new Set(["pending", "sending"]);

/**
 * The next ping test the programmes announce (a `ping-test` milestone): today or later in its
 * zone, and not yet held (no test was started on or after its date).
 */
function nextAnnouncedTest(
  services: PingServices,
  now: Date,
  tests: readonly PingTest[],
): MilestoneOccurrence | undefined {
  return services.deps.catalogue.occurrences.find((occurrence): occurrence is MilestoneOccurrence => {
    if (occurrence.kind !== "milestone" || occurrence.milestone.kind !== "ping-test") return false;
    const { zone } = occurrence.programme;
    const dayOf = (instant: number) => localDateTime(instant, zone).date;
    return (
      occurrence.date >= dayOf(now.getTime()) &&
      !tests.some((test) => dayOf(Date.parse(test.startedAt)) >= occurrence.date)
    );
  });
}

/** The asker's entries in every test, the most recent test first. */
async function entriesOf(services: PingServices, ctx: TurnContext, email: string): Promise<Entry[]> {
  const now = ctx.now().toISOString();
  const mailRuns = services.deps.messenger.platforms().includes(EMAIL_CHANNEL);
  const entries: Entry[] = [];
  for (const test of await services.tests.all()) {
    const targets = test.targets.filter((target) => target.emails.includes(email));
    if (targets.length === 0) continue;
    const cancelled = (await services.tests.cancellation(test.id)) !== undefined;
    for (const target of targets) {
      const { chat: delivery, email: mailed } = await pocPings(services.deps.outbox, test.id, target.pocId);
      // Reached in this chat account, or by e-mail at the mailbox of the asker's verified e-mail.
      const pinged =
        (delivery !== undefined &&
          DELIVERED_PING.has(delivery.status) &&
          (await isAccountOf(services, ctx, delivery.recipient, email))) ||
        (mailed !== undefined && DELIVERED_PING.has(mailed.status));
      const over = cancelled || now >= test.closesAt;
      const account = delivery?.recipient ?? target.recipient;
      // The e-mail ping: queued, or queued on the producer's next tick (a failed chat ping's
      // fallback; a test "by e-mail too" whose pings are not all queued yet).
      const mailOnItsWay =
        mailRuns &&
        (mailed ? ON_ITS_WAY.has(mailed.status) : test.email === "also" || delivery?.status === "failed");
      const chatOnItsWay =
        account !== undefined &&
        (delivery === undefined || ON_ITS_WAY.has(delivery.status)) &&
        (await isAccountOf(services, ctx, account, email));
      const onItsWay = pinged || over ? false : chatOnItsWay ? "chat" : mailOnItsWay ? "email" : false;
      entries.push({
        test,
        target,
        ...(delivery ? { delivery } : {}),
        pinged,
        onItsWay,
        ack: standingAck(await services.tests.ack(test.id, target.pocId), [delivery, mailed]),
        cancelled,
        over,
        expired: now >= acksCloseAt(test),
      });
    }
  }
  return entries;
}

/** An acknowledgement stored, if it stands: it answers a ping that reached them (`answersReachedPing`). */
function standingAck(
  ack: PingAck | undefined,
  pings: ReadonlyArray<Delivery | undefined>,
): PingAck | undefined {
  const reached = pings.filter((ping): ping is Delivery => ping !== undefined);
  return ack !== undefined && answersReachedPing(ack, reached) ? ack : undefined;
}

/** True when a chat account is the asker's: the one they write from, or one with their verified email. */
async function isAccountOf(
  services: PingServices,
  ctx: TurnContext,
  account: string,
  email: string,
): Promise<boolean> {
  if (account === ctx.user.id || personEmail(account) === email) return true;
  return (await services.deps.people.contact(account))?.email?.toLowerCase() === email;
}

/**
 * The pings a typed word is about: those of open tests that reached the asker; when no open test
 * did, those of the most recent test that did.
 */
function pingsAskedAbout(entries: readonly Entry[]): Entry[] {
  const open = entries.filter((entry) => entry.pinged && !entry.over);
  if (open.length > 0) return open;
  const latest = entries.find((entry) => entry.pinged);
  return latest ? entries.filter((entry) => entry.test.id === latest.test.id && entry.pinged) : [];
}

/**
 * The pings a typed acknowledgement answers ({@link pingsAskedAbout}) not yet acknowledged; none
 * when they are those of a closed test that was cancelled or no longer takes late ones.
 */
function dueEntries(entries: readonly Entry[]): Entry[] {
  const pings = pingsAskedAbout(entries);
  const first = pings[0];
  if (!first || first.cancelled || first.expired) return [];
  return pings.filter((entry) => !entry.ack);
}

/**
 * "received?" asked: whether the acknowledgement of the pings a typed word would answer is
 * recorded (and when), or what to do to record it. Records nothing.
 */
async function answerQuestion(
  services: PingServices,
  ctx: TurnContext,
  entries: readonly Entry[],
  others: readonly WaitingAck[],
  email: string | undefined,
): Promise<string> {
  const relevant = pingsAskedAbout(entries);
  if (relevant.length === 0) {
    if (others.length > 0) {
      const list = conjunction(
        ctx.locale,
        others.map((other) => other.label),
      );
      return wording(ctx.locale, "ping.questionWaiting", { list });
    }
    if (!email || entries.length === 0) return wording(ctx.locale, "ping.nothing");
    return nothingDue(services, ctx, entries, email);
  }
  const answers: string[] = [];
  for (const entry of relevant) {
    const { ack } = entry;
    if (ack) answers.push(withLocale(ctx.locale, () => recordedAnswer(ctx, entry.test, entry.target, ack)));
    else if ((entry.cancelled || entry.expired) && email)
      // Says it was cancelled or closed (nothing is recorded for either).
      answers.push(await recordAck(services, ctx, entry.test, entry.target, email, true, "typed"));
    else
      answers.push(
        withLocale(ctx.locale, () =>
          wording(ctx.locale, "ping.questionPending", { name: pingName(entry.test, entry.target) }),
        ),
      );
  }
  return [...new Set(answers)].join("\n");
}

/**
 * What a typed acknowledgement does with what waits for it, the same for "acknowledge" and
 * for a softer "got it": pings and other messages both waiting are listed (nothing recorded);
 * the pings alone are recorded; else the one other message is acknowledged, several are
 * listed. Undefined when nothing waits.
 */
async function acknowledgeWhatWaits(
  services: PingServices,
  ctx: TurnContext,
  email: string | undefined,
  pings: readonly Entry[],
  others: readonly WaitingAck[],
): Promise<string | undefined> {
  if (pings.length > 0 && others.length > 0) return choose(pings, others, ctx.locale);
  if (pings.length > 0 && email) return recordTyped(services, ctx, pings, email);
  const [only] = others;
  if (only && others.length === 1) return only.acknowledge();
  if (others.length > 1) return choose([], others, ctx.locale);
  return undefined;
}

/** Records a typed acknowledgement of each ping; their answers, one per line. */
async function recordTyped(
  services: PingServices,
  ctx: TurnContext,
  pings: readonly Entry[],
  email: string,
): Promise<string> {
  const answers: string[] = [];
  for (const entry of pings)
    answers.push(await recordAck(services, ctx, entry.test, entry.target, email, true, "typed"));
  return answers.join("\n");
}

/** Several messages wait: say which (in `locale`, as a list of that language), record nothing. */
function choose(due: readonly Entry[], others: readonly WaitingAck[], locale: string): string {
  const tests = new Map<string, Entry>();
  for (const entry of due) if (!tests.has(entry.test.id)) tests.set(entry.test.id, entry);
  const labels = [
    ...[...tests.values()].map(({ test }) => testLabel(test, locale)),
    ...others.map((other) => other.label),
  ];
  return wording(locale, "ping.waiting", { count: labels.length, list: conjunction(locale, labels) });
}

/**
 * Nothing to record: say why, for the most relevant test — the open ones that pinged the
 * asker (already acknowledged), else the most recent test that addressed them (not pinged,
 * already acknowledged, or cancelled).
 */
async function nothingDue(
  services: PingServices,
  ctx: TurnContext,
  entries: readonly Entry[],
  email: string,
): Promise<string> {
  const open = entries.filter((entry) => (entry.pinged || entry.onItsWay) && !entry.over);
  const latestId = entries[0]?.test.id;
  const relevant = open.length > 0 ? open : entries.filter((entry) => entry.test.id === latestId);
  const answers: string[] = [];
  for (const entry of relevant) {
    // Their ping has not reached them yet: a word typed now answers nothing; say how it comes.
    const how = entry.onItsWay;
    if (how) answers.push(withLocale(ctx.locale, () => notYetAnswer(entry.test, entry.target, how)));
    // Only to say so: these are acknowledged already, or their test was cancelled or is closed.
    else if (entry.pinged && (entry.ack || entry.cancelled || entry.expired))
      answers.push(await recordAck(services, ctx, entry.test, entry.target, email, true, "typed"));
    else if (!entry.delivery || entry.delivery.status === "failed")
      answers.push(withLocale(ctx.locale, () => notPingedAnswer(entry.test, entry.target)));
    else
      answers.push(
        withLocale(ctx.locale, () =>
          wording(ctx.locale, "ping.notDelivered", { name: pingName(entry.test, entry.target) }),
        ),
      );
  }
  return [...new Set(answers)].join("\n");
}
