/**
 * Ping tests: the list, and per test the cumulative acknowledgements since the send (a plot
 * with the same numbers in a table under it), in time / late / no answer by type and by
 * State, and the median latency.
 */
import type { BotDeps } from "../../bot/module.js";
import type { Tally } from "../../handlers/ping/report.js";
import type { PingScope } from "../../handlers/ping/schema.js";
import { cumulativeAcks, pingReport, pingReports } from "../data.js";
import { count, duration, html, table } from "../html.js";
import { BASE, type PageContext, page, when } from "../layout.js";

const TALLY_HEADERS = [
  "In scope",
  "Delivered",
  "In time",
  "Late",
  "No answer",
  "Failed",
  "Pending",
  "Median latency",
];

const tallyCells = (t: Tally) => [
  count(t.inScope),
  count(t.delivered),
  count(t.inTime),
  count(t.late),
  count(t.noAnswer),
  count(t.failed),
  count(t.pending),
  duration(t.medianMs),
];

/**
 * A test's scope in words.
 * @example scopeText({ kind: "type", type: "technical" }) === "technical POCs"
 */
export function scopeText(scope: PingScope): string {
  if (scope.kind === "all") return "all POCs";
  if (scope.kind === "type") return `${scope.type} POCs`;
  return `${scope.type ? `${scope.type} ` : ""}POCs of ${scope.states.join(", ")}`;
}

/** The list of tests, newest first. */
export async function pingListPage(deps: BotDeps, context: PageContext): Promise<string> {
  const reports = await pingReports(deps, context.now);
  const body = table(
    "Ping tests, newest first",
    ["Test", "Scope", "Started", "Closes", "In time", "Late", "No answer", "Failed", "Median latency"],
    reports.map(({ test, report }) => [
      html`<a href="${BASE}/ping/${encodeURIComponent(test.id)}">${test.id}</a>`,
      scopeText(test.scope),
      when(report.startedAt, context.zone.zone),
      html`${when(report.closesAt, context.zone.zone)}${report.closed ? " (closed)" : ""}`,
      count(report.overall.inTime),
      count(report.overall.late),
      count(report.overall.noAnswer),
      count(report.overall.failed),
      duration(report.overall.medianMs),
    ]),
  );
  return page({ title: "Ping tests", current: "/ping", context, body });
}

/** One test; undefined when there is no such test. */
export async function pingTestPage(
  deps: BotDeps,
  context: PageContext,
  id: string,
): Promise<string | undefined> {
  const found = await pingReport(deps, id, context.now);
  if (!found) return undefined;
  const { test, report } = found;
  const curve = cumulativeAcks(report);
  const closeMinutes = (Date.parse(report.closesAt) - Date.parse(report.startedAt)) / 60_000;
  const plot = JSON.stringify({
    kind: "cumulative",
    x: [0, ...curve.minutes],
    y: [0, ...curve.acknowledged],
    closeMinutes,
    total: report.overall.inScope,
  });
  const body = html`
<p>${scopeText(test.scope)} · started ${when(report.startedAt, context.zone.zone)} · ${report.closed ? "closed" : "closes"} ${when(report.closesAt, context.zone.zone)}${report.cancelledAt ? html` (cancelled ${when(report.cancelledAt, context.zone.zone)})` : ""} · <a href="${BASE}/ping/${encodeURIComponent(test.id)}.csv" download>Download CSV</a></p>
<dl class="figures">
<div><dt>In scope</dt><dd data-stat="in-scope">${count(report.overall.inScope)}</dd></div>
<div><dt>In time</dt><dd data-stat="in-time">${count(report.overall.inTime)}</dd></div>
<div><dt>Late</dt><dd data-stat="late">${count(report.overall.late)}</dd></div>
<div><dt>No answer</dt><dd data-stat="no-answer">${count(report.overall.noAnswer)}</dd></div>
<div><dt>Failed</dt><dd data-stat="failed">${count(report.overall.failed)}</dd></div>
<div><dt>Median latency</dt><dd data-stat="median">${duration(report.overall.medianMs)}</dd></div>
</dl>
<figure class="plot" aria-describedby="acks-table-caption">
<figcaption>Acknowledged since the send (cumulative); the test ${report.closed ? "closed" : "closes"} at minute ${Math.round(closeMinutes)}.</figcaption>
<div class="chart" data-plot="${plot}" role="img" aria-label="Cumulative acknowledgements over minutes since the send"></div>
</figure>
<div class="table-wrap"><table><caption id="acks-table-caption">Acknowledgements over time</caption>
<thead><tr><th scope="col">Minutes since the send</th><th scope="col">Acknowledged</th></tr></thead>
<tbody>${
    curve.minutes.length === 0
      ? html`<tr><td colspan="2">Nobody has acknowledged yet.</td></tr>`
      : curve.minutes.map(
          (minutes, index) =>
            html`<tr><td>${minutes.toFixed(1)}</td><td>${curve.acknowledged[index]}</td></tr>`,
        )
  }</tbody></table></div>
${table(
  "By type",
  ["Type", ...TALLY_HEADERS],
  [
    ["Diplomatic", ...tallyCells(report.byType.diplomatic)],
    ["Technical", ...tallyCells(report.byType.technical)],
  ],
)}
${table(
  "By State",
  ["State", ...TALLY_HEADERS],
  report.byState.map(({ state, tally }) => [state, ...tallyCells(tally)]),
)}`;
  return page({ title: `Ping test ${test.id}`, current: "/ping", context, body, plots: true });
}
