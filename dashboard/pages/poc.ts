/** The POC directory: counts per State and type, the records, a record's audit trail. */
import type { BotDeps } from "../../bot/module.js";
import { AUDIT_TIME_FIELDS, auditFieldLabel } from "../../handlers/poc/cards.js";
import { type PocCounts, type PocLine, pocCounts, pocDirectory, pocRecord } from "../data.js";
import { count, html, table } from "../html.js";
import { BASE, type PageContext, page, when } from "../layout.js";

/** Filters of the record list. */
export const POC_FILTERS = ["all", "confirmed", "unconfirmed", "overdue", "unreachable"] as const;
export type PocFilter = (typeof POC_FILTERS)[number];

const matches = (line: PocLine, filter: PocFilter) =>
  filter === "all" ||
  (filter === "confirmed" && line.record.status === "confirmed") ||
  (filter === "unconfirmed" && line.record.status === "unconfirmed") ||
  (filter === "overdue" && line.overdue) ||
  (filter === "unreachable" && !line.reachable);

const countCells = (counts: PocCounts) => [
  count(counts.total),
  count(counts.confirmed),
  count(counts.unconfirmed),
  count(counts.overdue),
  count(counts.unreachable),
];

/** The directory page. */
export async function pocPage(deps: BotDeps, context: PageContext, filter: PocFilter): Promise<string> {
  const { lines, overall, byType } = await pocDirectory(deps, context.now);
  const states = [...new Set(lines.map((line) => line.record.state))].sort();
  const shown = lines.filter((line) => matches(line, filter));
  const body = html`
<p><a href="${BASE}/poc.csv" download>Download CSV</a></p>
<dl class="figures">
<div><dt>Records</dt><dd data-stat="total">${count(overall.total)}</dd></div>
<div><dt>Confirmed</dt><dd data-stat="confirmed">${count(overall.confirmed)}</dd></div>
<div><dt>Unconfirmed</dt><dd data-stat="unconfirmed">${count(overall.unconfirmed)}</dd></div>
<div><dt>Overdue</dt><dd data-stat="overdue">${count(overall.overdue)}</dd></div>
<div><dt>Not reachable in chat</dt><dd data-stat="unreachable">${count(overall.unreachable)}</dd></div>
</dl>
${table(
  "By type",
  ["Type", "Records", "Confirmed", "Unconfirmed", "Overdue", "Unreachable"],
  [
    ["Diplomatic", ...countCells(byType.diplomatic)],
    ["Technical", ...countCells(byType.technical)],
  ],
)}
${table(
  "By State",
  ["State", "Records", "Confirmed", "Unconfirmed", "Overdue", "Unreachable"],
  states.map((state) => [
    state,
    ...countCells(pocCounts(lines.filter((line) => line.record.state === state))),
  ]),
)}
<form class="filters" method="get" action="${BASE}/poc"><label for="status">Show</label>
<select id="status" name="status">${POC_FILTERS.map(
    (option) => html`<option value="${option}"${option === filter ? html` selected` : ""}>${option}</option>`,
  )}</select> <button type="submit">Filter</button></form>
${table(
  `Records (${filter}): ${count(shown.length)}`,
  ["Record", "Name", "Status", "Next due", "Overdue", "Reachable"],
  shown.map((line) => [
    html`<a href="${BASE}/poc/${encodeURIComponent(line.record.id)}">${line.record.state} ${line.record.type}</a>`,
    line.record.name,
    line.record.status,
    when(line.record.nextDueAt, context.zone.zone),
    line.overdue ? "yes" : "no",
    line.reachable ? "yes" : "no",
  ]),
)}`;
  return page({ title: "POC directory", current: "/poc", context, body });
}

/** One record and its audit trail; undefined when there is no such record. */
export async function pocRecordPage(
  deps: BotDeps,
  context: PageContext,
  id: string,
): Promise<string | undefined> {
  const found = await pocRecord(deps, id);
  if (!found) return undefined;
  const { record, audit } = found;
  const body = html`
<dl class="record">
<div><dt>State</dt><dd>${record.state}</dd></div>
<div><dt>Type</dt><dd>${record.type}</dd></div>
<div><dt>Name</dt><dd>${record.name}</dd></div>
<div><dt>E-mails</dt><dd>${record.emails.join(", ")}</dd></div>
<div><dt>Status</dt><dd>${record.status}</dd></div>
<div><dt>Last confirmed</dt><dd>${when(record.lastConfirmedAt, context.zone.zone)}</dd></div>
<div><dt>Next due</dt><dd>${when(record.nextDueAt, context.zone.zone)}</dd></div>
</dl>
${table(
  "Audit trail, oldest first",
  ["When", "By", "Source", "Field", "Before", "After"],
  audit.map((entry) => [
    when(entry.at, context.zone.zone),
    entry.by.name ?? entry.by.email ?? entry.by.userId ?? "—",
    entry.source,
    // The form's words and readable times, as in chat ("24/7 phone", not "phone247").
    auditFieldLabel(entry.field),
    AUDIT_TIME_FIELDS.has(entry.field) && entry.before
      ? when(entry.before, context.zone.zone)
      : (entry.before ?? "—"),
    AUDIT_TIME_FIELDS.has(entry.field) && entry.after
      ? when(entry.after, context.zone.zone)
      : (entry.after ?? "—"),
  ]),
)}
<p><a href="${BASE}/poc">Back to the directory</a></p>`;
  return page({ title: `POC record ${record.state} ${record.type}`, current: "/poc", context, body });
}
