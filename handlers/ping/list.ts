/**
 * "ping tests": the Secretariat's list of the latest tests — id, start, scope, open / closed /
 * cancelled, and their counts — so an older report can be asked for by its id.
 */
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError } from "../../bot/errors.js";
import type { MessageEvent } from "../../bot/types.js";
import { isSecretariat } from "../poc/people.js";
import type { Say } from "../poc/private.js";
import { formatMoment } from "../poc/time.js";
import { describeScope } from "./parse.js";
import type { PingReport } from "./report.js";
import type { PingTest } from "./schema.js";
import { loadReport, type PingServices } from "./service.js";

/** How many tests the list shows. */
export const LIST_LIMIT = 10;

/**
 * "ping tests", "list ping tests": the latest tests, newest first.
 * @example router.message(LIST, (ctx) => answerPrivately(ctx, (say) => listTests(services, ctx, say)));
 */
export async function listTests(
  services: PingServices,
  ctx: TurnContext<MessageEvent>,
  say: Say,
): Promise<void> {
  if (!isSecretariat(ctx)) throw new ForbiddenError("Sorry, only the Secretariat can run ping tests.");
  const tests = (await services.tests.all()).slice(0, LIST_LIMIT);
  if (tests.length === 0)
    return say('No ping test has been run yet. Say "start ping test all" to preview one.');
  const now = ctx.now();
  const lines: string[] = [];
  for (const test of tests) lines.push(line(test, await loadReport(services, test, now), ctx.timeZone));
  await say(
    `Latest ping tests (newest first):\n${lines.join("\n")}\nSay "ping test report <id>" for one test's report and CSV.`,
  );
}

function line(test: PingTest, report: PingReport, zone?: string): string {
  const status = report.cancelledAt
    ? `cancelled ${formatMoment(report.cancelledAt, zone)}`
    : report.closed
      ? `closed ${formatMoment(report.closesAt, zone)}`
      : `open until ${formatMoment(report.closesAt, zone)}`;
  const o = report.overall;
  return (
    `• ${test.id} — ${describeScope(test.scope)}, started ${formatMoment(test.startedAt, zone)}, ${status}: ` +
    `${o.inScope} in scope, ${o.delivered} delivered, ${o.inTime} acknowledged in time, ${o.late} late, ${o.noAnswer} no answer, ${o.failed} failed`
  );
}

/**
 * The test an id names: exactly, or by the start of its id when only one test's id starts so
 * ("20240610" for "20240610-1300-ab12").
 * @example await findTest(services, "20240610") // the test 20240610-1300-ab12, if it is the only one that day
 */
export async function findTest(services: PingServices, id: string): Promise<PingTest | undefined> {
  const exact = await services.tests.test(id);
  if (exact) return exact;
  const matching = (await services.tests.all()).filter((test) => test.id.startsWith(id));
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * The ids of the latest tests, for an answer to an unknown id.
 * @example await recentIds(services) // "20240611-1200-5122, 20240610-1300-9670"
 */
export async function recentIds(services: PingServices): Promise<string> {
  return (await services.tests.all())
    .slice(0, LIST_LIMIT)
    .map((test) => test.id)
    .join(", ");
}
