/** The overview: what is on now and next, and counts linking to each page. */
import type { BotDeps } from "../../bot/module.js";
import type { DayOccurrence } from "../../bot/programme/catalogue.js";
import { broadcastViews, pingOverview, pocDirectory, reminderWindow, rsvpSummaries } from "../data.js";
import { count, html } from "../html.js";
import { BASE, type PageContext, page, when } from "../layout.js";

const HOUR_MS = 3_600_000;

function nowAndNext(deps: BotDeps, now: Date): { current: DayOccurrence[]; next: DayOccurrence[] } {
  const t = now.getTime();
  // One pass, no sort: what is on, and everything at the earliest start still to come.
  const current: DayOccurrence[] = [];
  let next: DayOccurrence[] = [];
  for (const programme of deps.catalogue.programmes) {
    for (const o of programme.occurrences) {
      if (o.start <= t && t < (o.end ?? o.start + HOUR_MS) && o.kind !== "milestone") current.push(o);
      else if (o.start > t) {
        const soonest = next[0]?.start;
        if (soonest === undefined || o.start < soonest) next = [o];
        else if (o.start === soonest) next.push(o);
      }
    }
  }
  return { current, next };
}

const stat = (id: string, label: string, value: number, href: string) =>
  html`<li><a href="${BASE}${href}"><span class="num" data-stat="${id}">${count(value)}</span> <span class="label">${label}</span></a></li>`;

/** @example reply.type("text/html").send(await overviewPage(deps, context)); */
export async function overviewPage(deps: BotDeps, context: PageContext): Promise<string> {
  const { now } = context;
  const [rsvps, poc, pings, broadcasts, reminders] = await Promise.all([
    rsvpSummaries(deps),
    pocDirectory(deps, now),
    pingOverview(deps, now),
    broadcastViews(deps),
    reminderWindow(deps, now),
  ]);
  const { current, next } = nowAndNext(deps, now);
  const latestPing = pings.latest;
  const sending = broadcasts.filter((view) => !view.finished && view.broadcast.status !== "cancelled");
  const item = (o: DayOccurrence) =>
    html`<li><span class="when">${when(o.start, context.zone.zone)}</span> ${o.label}</li>`;
  const body = html`
<section aria-labelledby="now-h"><h2 id="now-h">Now and next</h2>
<div class="cols">
<div><h3>On now</h3>${current.length ? html`<ul class="plain">${current.map(item)}</ul>` : html`<p>Nothing is on right now.</p>`}</div>
<div><h3>Next</h3>${next.length ? html`<ul class="plain">${next.map(item)}</ul>` : html`<p>Nothing more is in the programme.</p>`}</div>
</div></section>
<section aria-labelledby="rsvp-h"><h2 id="rsvp-h">RSVPs</h2><ul class="stats">
${rsvps.map((summary) => stat(`rsvp-${summary.event.id}`, `attending ${summary.event.label}`, summary.allocation.confirmedPeople, `/rsvp/${encodeURIComponent(summary.event.id)}`))}
${rsvps.length === 0 ? html`<li>No event takes RSVPs.</li>` : ""}
</ul></section>
<section aria-labelledby="poc-h"><h2 id="poc-h">POC directory</h2><ul class="stats">
${stat("poc-total", "records", poc.overall.total, "/poc")}
${stat("poc-confirmed", "confirmed", poc.overall.confirmed, "/poc?status=confirmed")}
${stat("poc-unconfirmed", "unconfirmed", poc.overall.unconfirmed, "/poc?status=unconfirmed")}
${stat("poc-overdue", "overdue", poc.overall.overdue, "/poc?status=overdue")}
${stat("poc-unreachable", "not reachable in chat", poc.overall.unreachable, "/poc?status=unreachable")}
</ul></section>
<section aria-labelledby="ping-h"><h2 id="ping-h">Ping tests</h2><ul class="stats">
${stat("ping-tests", "tests", pings.count, "/ping")}
${
  latestPing
    ? [
        stat(
          "ping-latest-in-time",
          `in time (latest, ${latestPing.test.id})`,
          latestPing.report.overall.inTime,
          `/ping/${encodeURIComponent(latestPing.test.id)}`,
        ),
        stat(
          "ping-latest-no-answer",
          "no answer (latest)",
          latestPing.report.overall.noAnswer,
          `/ping/${encodeURIComponent(latestPing.test.id)}`,
        ),
      ]
    : ""
}
</ul></section>
<section aria-labelledby="bc-h"><h2 id="bc-h">Broadcasts</h2><ul class="stats">
${stat("broadcasts", "broadcasts", broadcasts.length, "/broadcasts")}
${stat("broadcasts-sending", "sending now", sending.length, "/broadcasts")}
</ul></section>
<section aria-labelledby="rem-h"><h2 id="rem-h">Reminders</h2><ul class="stats">
${stat("reminders-next", "due in the next 24 h", reminders.next.length, "/reminders")}
${stat("reminders-sent", "sent in the last 24 h", reminders.last.sent, "/reminders")}
${stat("reminders-missed", "missed in the last 24 h", reminders.last.missed, "/reminders")}
</ul></section>
<p class="note">As of ${when(now.toISOString(), context.zone.zone)}.</p>`;
  return page({ title: "Overview", current: "/", context, body });
}
