/**
 * Broadcasts: the list; per broadcast, its progress (refreshed live by the page's script
 * from `progress.json`), delivered / failed / uncertain per platform, and the per-recipient
 * ledger with filters.
 */
import type { BotDeps } from "../../bot/module.js";
import type { Tally } from "../../handlers/broadcast/tally.js";
import { type BroadcastView, broadcastLedger, broadcastViews, type LedgerLine } from "../data.js";
import { count, type Html, html, table } from "../html.js";
import { BASE, type PageContext, page, when } from "../layout.js";

/** Rows of the ledger shown at most on the page (the CSV has all). */
export const LEDGER_PAGE_ROWS = 500;

const path = (id: string) => `${BASE}/broadcasts/${encodeURIComponent(id)}`;

const stateText = (view: BroadcastView) =>
  view.broadcast.status === "cancelled" ? "cancelled" : view.finished ? "finished" : "sending";

/**
 * The numbers the page's script refreshes: the totals, and a row per platform.
 * @example progressOf(view).sent; progressOf(view).platforms[0]?.failed
 */
export function progressOf(view: BroadcastView): BroadcastProgressJson {
  const { counts } = view;
  return {
    state: stateText(view),
    total: counts.total,
    sent: counts.sent,
    failed: counts.failed,
    uncertain: counts.uncertain,
    pending: counts.pending,
    other: counts.other,
    acknowledged: counts.acknowledged,
    finished: view.finished || view.broadcast.status === "cancelled",
    platforms: view.byPlatform.map(({ platform, counts: c }) => ({
      platform,
      ...Object.fromEntries(PLATFORM_FIELDS.map((field) => [field, c[field]])),
    })) as BroadcastProgressJson["platforms"],
  };
}

/** What `progress.json` answers. */
export interface BroadcastProgressJson {
  state: string;
  total: number;
  sent: number;
  failed: number;
  uncertain: number;
  pending: number;
  other: number;
  acknowledged: number;
  finished: boolean;
  platforms: Array<{ platform: string } & Record<(typeof PLATFORM_FIELDS)[number], number>>;
}

const PLATFORM_FIELDS = ["total", "sent", "failed", "uncertain", "pending"] as const;

/**
 * The per-platform table. The page's script keeps it current from `progress.json`'s
 * `platforms`: it updates each `tr[data-platform]` and adds the rows of platforms (and
 * channels, such as e-mail) whose first delivery settles after the page loaded.
 */
function platformTable(view: BroadcastView): Html {
  const headers = ["Platform", "Deliveries", "Delivered", "Failed", "Uncertain", "Pending"];
  return html`<div class="table-wrap"><table data-platforms><caption>Per platform</caption><thead><tr>${headers.map(
    (header) => html`<th scope="col">${header}</th>`,
  )}</tr></thead><tbody>${view.byPlatform.map(({ platform, counts }) => platformRow(platform, counts))}</tbody></table></div>`;
}

const platformRow = (platform: string, counts: Tally) =>
  html`<tr data-platform="${platform}"><th scope="row">${platform}</th>${PLATFORM_FIELDS.map(
    (field) => html`<td data-cell="${field}">${count(counts[field])}</td>`,
  )}</tr>`;

/** The list of broadcasts, newest first. */
export async function broadcastListPage(deps: BotDeps, context: PageContext): Promise<string> {
  const views = await broadcastViews(deps);
  const body = table(
    "Broadcasts, newest first",
    [
      "Broadcast",
      "To",
      "Confirmed",
      "State",
      "Reachable",
      "Sent",
      "Failed",
      "Uncertain",
      "Pending",
      "Unreachable",
    ],
    views.map((view) => [
      html`<a href="${path(view.broadcast.id)}">${view.broadcast.id}</a>`,
      view.broadcast.audienceLabel,
      when(view.broadcast.confirmedAt, context.zone.zone),
      stateText(view),
      count(view.counts.total),
      count(view.counts.sent),
      count(view.counts.failed),
      count(view.counts.uncertain),
      count(view.counts.pending),
      count(view.broadcast.unreachable),
    ]),
  );
  return page({ title: "Broadcasts", current: "/broadcasts", context, body });
}

/** Filters of the ledger. */
export interface LedgerFilter {
  status?: string;
  platform?: string;
  name?: string;
}

const STATUSES = ["sent", "failed", "uncertain", "pending", "cancelled", "missed", "unreachable"];

function keep(line: LedgerLine, filter: LedgerFilter): boolean {
  const status = line.status === "sending" ? "pending" : line.status;
  if (filter.status && status !== filter.status) return false;
  if (filter.platform && line.platform !== filter.platform) return false;
  if (filter.name) {
    const wanted = filter.name.toLowerCase();
    if (
      !line.recipient.name.toLowerCase().includes(wanted) &&
      !line.recipient.key.toLowerCase().includes(wanted)
    )
      return false;
  }
  return true;
}

/** One broadcast; undefined when there is no such broadcast. */
export async function broadcastPage(
  deps: BotDeps,
  context: PageContext,
  id: string,
  filter: LedgerFilter,
): Promise<string | undefined> {
  const view = await broadcastLedger(deps, id);
  if (!view) return undefined;
  const progress = progressOf(view);
  const done = view.counts.total - view.counts.pending;
  const shown = view.lines.filter((line) => keep(line, filter));
  const platforms = [...new Set(view.lines.map((line) => line.platform).filter(Boolean))].sort();
  const figure = (
    key: "total" | "sent" | "failed" | "uncertain" | "pending" | "other" | "acknowledged",
    label: string,
  ) => html`<div><dt>${label}</dt><dd data-field="${key}">${count(progress[key])}</dd></div>`;
  const body = html`
<p>To ${view.broadcast.audienceLabel} · confirmed ${when(view.broadcast.confirmedAt, context.zone.zone)} by ${view.broadcast.authorName} · <a href="${path(id)}.csv" download>Download CSV</a></p>
<blockquote class="message">${view.broadcast.text}</blockquote>
<section class="progress" aria-labelledby="progress-h" data-progress-url="${path(id)}/progress.json"${progress.finished ? html` data-finished="true"` : ""}>
<h2 id="progress-h">Progress: <span data-field="state" aria-live="polite">${progress.state}</span></h2>
<progress max="${Math.max(1, view.counts.total)}" value="${done}">${done} of ${view.counts.total}</progress>
<dl class="figures">
${figure("total", "Deliveries")}${figure("sent", "Sent")}${figure("failed", "Failed")}${figure("uncertain", "Uncertain")}${figure("pending", "Pending")}${figure("other", "Cancelled or too late")}${view.broadcast.requiresAck ? figure("acknowledged", "Acknowledged") : ""}
</dl>
<p class="note">Unreachable (no chat account and no e-mail address): ${count(view.broadcast.unreachable)}.</p>
</section>
${platformTable(view)}
<h2>Recipients</h2>
<form class="filters" method="get" action="${path(id)}">
<label for="f-status">Status</label> <select id="f-status" name="status"><option value="">any</option>${STATUSES.map(
    (status) => html`<option${status === filter.status ? html` selected` : ""}>${status}</option>`,
  )}</select>
<label for="f-platform">Platform</label> <select id="f-platform" name="platform"><option value="">any</option>${platforms.map(
    (platform) => html`<option${platform === filter.platform ? html` selected` : ""}>${platform}</option>`,
  )}</select>
<label for="f-name">Name or e-mail</label> <input id="f-name" name="name" value="${filter.name ?? ""}" maxlength="100">
<button type="submit">Filter</button></form>
${table(
  `Recipients: ${count(shown.length)}${shown.length > LEDGER_PAGE_ROWS ? ` (the first ${count(LEDGER_PAGE_ROWS)} shown; the CSV has all)` : ""}`,
  [
    "Name",
    "Recipient",
    "Platform",
    "Status",
    "Attempts",
    "Sent",
    "Error",
    ...(view.broadcast.requiresAck ? ["Acknowledged"] : []),
  ],
  shown
    .slice(0, LEDGER_PAGE_ROWS)
    .map((line) => [
      line.recipient.name,
      line.recipient.key,
      line.platform || "—",
      line.status === "sending" ? "pending" : line.status,
      count(line.delivery?.attempts ?? 0),
      when(line.delivery?.sentAt, context.zone.zone),
      line.status === "unreachable" ? "no chat account and no e-mail address" : (line.delivery?.error ?? ""),
      ...(view.broadcast.requiresAck ? [when(line.ack?.at, context.zone.zone)] : []),
    ]),
)}`;
  return page({ title: `Broadcast ${id}`, current: "/broadcasts", context, body });
}
