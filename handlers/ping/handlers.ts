/**
 * The ping tests' turns: the Secretariat's preview, Confirm/Cancel, report and cancelling a
 * running test; the POC's
 * Acknowledge click (only the POC the ping was addressed to, by verified email; first click
 * wins).
 */

import { randomBytes } from "node:crypto";
import { cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { say as wording } from "../../bot/language/messages.js";
import type { ActionEvent, MessageEvent } from "../../bot/types.js";
import { actorOf, isSecretariat, verifiedEmailOf } from "../poc/people.js";
import type { Say } from "../poc/private.js";
import { formatMoment } from "../poc/time.js";
import { notPingedAnswer, recordAck } from "./ack.js";
import { previewCard } from "./cards.js";
import { findTest, recentIds } from "./list.js";
import { describeScope, parseStart } from "./parse.js";
import { reportCard, reportCsv } from "./report.js";
import type { PingTest } from "./schema.js";
import { absentFromScope, ensurePings, loadReport, type PingServices, targetsFor } from "./service.js";
import { pingCampaign, pocPings, reminderCampaign } from "./store.js";
import { unansweredText } from "./unanswered.js";

function requireSecretariat(ctx: TurnContext): void {
  if (!isSecretariat(ctx)) throw new ForbiddenError("Sorry, only the Secretariat can run ping tests.");
}

/** A test id people can read: start time (UTC) and a random suffix, e.g. "20240610-1300-a1b2". */
function newTestId(now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return `${stamp}-${randomBytes(2).toString("hex")}`;
}

/**
 * "start ping test technical window 24h": a preview with a Confirm button; nothing is sent yet.
 * @example router.message(START, (ctx) => previewTest(services, ctx, ctx.match?.[1] ?? ""));
 */
export async function previewTest(
  services: PingServices,
  ctx: TurnContext<MessageEvent>,
  rest: string,
): Promise<void> {
  requireSecretariat(ctx);
  const { scope, windowMs, email } = parseStart(rest);
  const now = ctx.now();
  const draft = {
    id: newTestId(now),
    scope,
    windowMs,
    ...(email ? { email } : {}),
    createdBy: ctx.user.id,
    expiresAt: new Date(now.getTime() + 60 * 60 * 1000).toISOString(),
  };
  const records = await services.directory.all();
  const targets = targetsFor(scope, records, await services.deps.people.contacts());
  if (targets.length > 0) await services.tests.saveDraft(draft);
  await ctx.reply(
    cardMessage(previewCard(draft, targets, now, ctx.timeZone, absentFromScope(scope, records)), ctx.locale),
  );
}

/**
 * The preview's Confirm click: starts the test once, and queues one ping per reachable POC.
 * @example router.action(PING_ACTIONS.start, (ctx) => startTest(services, ctx));
 */
export async function startTest(services: PingServices, ctx: TurnContext<ActionEvent>): Promise<void> {
  requireSecretariat(ctx);
  const id = ctx.event.value ?? "";
  const existing = await services.tests.test(id);
  if (existing) {
    await ctx.reply(
      `Ping test ${id} was already started at ${formatMoment(existing.startedAt, ctx.timeZone, ctx.timeZonePlace)}; nothing more was sent.`,
    );
    return;
  }
  const draft = await services.tests.draft(id);
  const now = ctx.now();
  if (!draft || draft.expiresAt < now.toISOString()) {
    throw new InputError(
      'That preview has expired. Say "start ping test …" again to see a fresh one. Nothing was sent.',
    );
  }
  if (draft.createdBy !== ctx.user.id)
    throw new ForbiddenError("Only the person who asked for this preview can confirm it.");
  const records = await services.directory.all();
  const targets = targetsFor(draft.scope, records, await services.deps.people.contacts());
  const absent = absentFromScope(draft.scope, records);
  const test: PingTest = {
    id,
    scope: draft.scope,
    ...(draft.email ? { email: draft.email } : {}),
    windowMs: draft.windowMs,
    startedAt: now.toISOString(),
    halfwayAt: new Date(now.getTime() + draft.windowMs / 2).toISOString(),
    closesAt: new Date(now.getTime() + draft.windowMs).toISOString(),
    startedBy: actorOf(ctx),
    targets,
  };
  if (!(await services.tests.start(test, now))) {
    await ctx.reply(`Ping test ${id} was already started; nothing more was sent.`);
    return;
  }
  await services.tests.deleteDraft(id);
  await ensurePings(services, test);
  const known = targets.filter((target) => target.recipient).length;
  const others = targets.length - known;
  const email =
    test.email === "also"
      ? " Every POC is e-mailed too."
      : others > 0
        ? ` The other ${others} ${others === 1 ? "is" : "are"} looked up by e-mail on the chat platforms and, if not found, e-mailed.`
        : "";
  await ctx.reply(
    `Ping test ${id} started for ${describeScope(test.scope)}: ${targets.length} ${targets.length === 1 ? "POC is" : "POCs are"} being pinged, ${known} in a chat account the bot knows.${email} ` +
      `Reminders go out at halfway (${formatMoment(test.halfwayAt, ctx.timeZone, ctx.timeZonePlace)}); the report comes when it closes (${formatMoment(test.closesAt, ctx.timeZone, ctx.timeZonePlace)}).` +
      (absent.length > 0
        ? ` ${wording(ctx.locale, "secretariat.ping.absentReply", { list: absent.join("; ") })}`
        : ""),
  );
}

/**
 * The preview's Cancel click.
 * @example router.action(PING_ACTIONS.cancel, (ctx) => cancelPreview(services, ctx));
 */
export async function cancelPreview(services: PingServices, ctx: TurnContext<ActionEvent>): Promise<void> {
  requireSecretariat(ctx);
  await services.tests.deleteDraft(ctx.event.value ?? "");
  await ctx.reply("Cancelled: no ping test was started.");
}

/**
 * The test a cancel naming none means: the one running (undefined when none runs). While two
 * or more run, which one is not guessed (cancelling stops its pings for good): refused, with
 * the running tests' ids.
 */
async function theOneRunning(
  services: PingServices,
  ctx: TurnContext,
  now: Date,
): Promise<string | undefined> {
  const running: PingTest[] = [];
  for (const test of await services.tests.all()) {
    if (test.closesAt > now.toISOString() && !(await services.tests.cancellation(test.id)))
      running.push(test);
  }
  if (running.length > 1) {
    const list = running.map(
      (test) => `${test.id} (closes ${formatMoment(test.closesAt, ctx.timeZone, ctx.timeZonePlace)})`,
    );
    throw new InputError(
      `${running.length} ping tests are running: ${list.join("; ")}. Say which to cancel: "cancel ping test <id>". Nothing was cancelled.`,
    );
  }
  return running[0]?.id;
}

/**
 * "cancel ping test [id]" (the latest when no id; refused when several run): pings and reminders not yet sent are not
 * sent; the test closes now and its report (what happened until then) goes out as at a
 * normal close. Acknowledgements already given still count.
 * @example router.message(CANCEL, (ctx) => cancelTest(services, ctx, ctx.match?.[1]));
 */
export async function cancelTest(
  services: PingServices,
  ctx: TurnContext<MessageEvent>,
  id: string | undefined,
): Promise<void> {
  requireSecretariat(ctx);
  const now = ctx.now();
  const testId = id ?? (await theOneRunning(services, ctx, now)) ?? (await services.tests.latest());
  const test = testId ? await services.tests.test(testId) : undefined;
  if (!test) {
    throw new InputError(
      testId ? `There is no ping test ${testId}. Nothing was cancelled.` : "No ping test has been run yet.",
    );
  }
  const earlier = await services.tests.cancellation(test.id);
  if (earlier) {
    await ctx.reply(
      `Ping test ${test.id} was already cancelled, at ${formatMoment(earlier.at, ctx.timeZone, ctx.timeZonePlace)}.`,
    );
    return;
  }
  if (now.toISOString() >= test.closesAt) {
    await ctx.reply(
      `Ping test ${test.id} already closed, at ${formatMoment(test.closesAt, ctx.timeZone, ctx.timeZonePlace)}; nothing to cancel. Say "ping test report ${test.id}" for its report.`,
    );
    return;
  }
  if (!(await services.tests.cancel(test.id, { at: now.toISOString(), by: actorOf(ctx) }))) {
    await ctx.reply(`Ping test ${test.id} was already cancelled.`);
    return;
  }
  const { outbox } = services.deps;
  const unsent =
    (await outbox.cancelPending(pingCampaign(test.id))) +
    (await outbox.cancelPending(reminderCampaign(test.id)));
  await ctx.reply(
    unsent === 0
      ? wording(ctx.locale, "secretariat.ping.cancelledAllSent", { id: test.id })
      : wording(ctx.locale, "secretariat.ping.cancelled", { id: test.id, count: unsent }),
  );
}

/** The words for a click on a ping addressed to someone else (or to nobody). */
export const NOT_ADDRESSED_TO_YOU =
  "This ping was addressed to another Point of Contact; only they can acknowledge it, from a chat account with their verified email. Nothing was recorded.";

/**
 * The Acknowledge click.
 * @example router.action(PING_ACTIONS.ack, (ctx) => answerPrivately(ctx, (say) => acknowledge(services, ctx, say)));
 */
export async function acknowledge(
  services: PingServices,
  ctx: TurnContext<ActionEvent>,
  say: Say,
): Promise<void> {
  const [testId = "", pocId = ""] = (ctx.event.value ?? "").split("|");
  const test = await services.tests.test(testId);
  const target = test?.targets.find((candidate) => candidate.pocId === pocId);
  const email = verifiedEmailOf(ctx);
  if (!test || !target || !email || !target.emails.includes(email))
    return say(wording(ctx.locale, "ping.notAddressed"));
  const { chat, email: mailed } = await pocPings(services.deps.outbox, test.id, pocId);
  const pinged = [chat, mailed].some(
    (ping) => ping && ping.status !== "failed" && ping.status !== "cancelled" && ping.status !== "missed",
  );
  if (!pinged) return say(() => notPingedAnswer(test, target));
  await say(await recordAck(services, ctx, test, target, email));
}

/**
 * The ping test an id names, or the latest when none is given.
 * @throws {InputError} naming the recent tests when there is no such test, or none at all.
 */
async function namedOrLatestTest(services: PingServices, id: string | undefined) {
  const testId = id ?? (await services.tests.latest());
  const test = testId ? await findTest(services, testId) : undefined;
  if (test) return test;
  const recent = await recentIds(services);
  throw new InputError(
    !testId
      ? "No ping test has been run yet."
      : recent
        ? `There is no ping test ${testId}. Recent ping tests: ${recent} (say "ping tests" for their dates and counts).`
        : `There is no ping test ${testId}; no ping test has been run yet.`,
  );
}

/**
 * "ping test report [id]": the report (interim while the window is open) and its CSV.
 * @example router.message(REPORT, (ctx) => answerPrivately(ctx, (say) => showReport(services, ctx, ctx.match?.[1], say)));
 */
export async function showReport(
  services: PingServices,
  ctx: TurnContext<MessageEvent>,
  id: string | undefined,
  say: Say,
): Promise<void> {
  requireSecretariat(ctx);
  const test = await namedOrLatestTest(services, id);
  const report = await loadReport(services, test, ctx.now());
  await say(() => cardMessage(reportCard(report, ctx.timeZone), ctx.locale));
  await say(`Ping test ${test.id} report as CSV:\n${reportCsv(report, ctx.locale)}`);
}

/**
 * "who hasn't answered the ping test [id]?": the POCs of the test (the latest when no id) who
 * have not acknowledged it, counted as its report counts them.
 * @example router.message(UNANSWERED, (ctx) => answerPrivately(ctx, (say) => showUnanswered(services, ctx, ctx.match?.[1], say)));
 */
export async function showUnanswered(
  services: PingServices,
  ctx: TurnContext<MessageEvent>,
  id: string | undefined,
  say: Say,
): Promise<void> {
  requireSecretariat(ctx);
  const test = await namedOrLatestTest(services, id);
  await say(unansweredText(await loadReport(services, test, ctx.now())));
}
