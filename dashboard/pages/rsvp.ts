/** RSVPs per event: attending, tentative, declined, waitlist, accompanying experts, by State. */
import type { BotDeps } from "../../bot/module.js";
import { partySize } from "../../handlers/rsvp/allocation.js";
import type { RsvpAnswer } from "../../handlers/rsvp/schema.js";
import { type RsvpSummary, rsvpSummaries } from "../data.js";
import { count, html, table } from "../html.js";
import { BASE, type PageContext, page, when } from "../layout.js";

const eventPath = (summary: RsvpSummary) => `${BASE}/rsvp/${encodeURIComponent(summary.event.id)}`;

/** The list of events taking RSVPs. */
export async function rsvpListPage(deps: BotDeps, context: PageContext): Promise<string> {
  const summaries = await rsvpSummaries(deps);
  const body = table(
    "Events taking RSVPs",
    ["Event", "Starts", "Attending (people)", "Waitlist (people)", "Tentative (people)", "Declined"],
    summaries.map((summary) => [
      html`<a href="${eventPath(summary)}">${summary.event.label}</a>`,
      when(summary.event.start, context.zone.zone),
      count(summary.allocation.confirmedPeople),
      count(summary.allocation.waitlistedPeople),
      count(summary.allocation.tentativePeople),
      count(summary.allocation.declined.length),
    ]),
  );
  return page({ title: "RSVPs", current: "/rsvp", context, body });
}

const answerRows = (answers: readonly RsvpAnswer[], zone: string) =>
  answers.map((answer) => [
    answer.name,
    answer.state ?? "—",
    count(answer.experts.count),
    answer.experts.names.join("; "),
    when(answer.updatedAt, zone),
  ]);

/** One event's RSVPs; undefined when no such event takes RSVPs. */
export async function rsvpEventPage(
  deps: BotDeps,
  context: PageContext,
  id: string,
): Promise<string | undefined> {
  const summary = (await rsvpSummaries(deps)).find((candidate) => candidate.event.id === id);
  if (!summary) return undefined;
  const { allocation } = summary;
  const columns = ["Name", "State", "Experts", "Expert names", "Answered"];
  const body = html`
<p>${when(summary.event.start, context.zone.zone)}${allocation.capacity !== undefined ? html` · capacity ${count(allocation.capacity)} people` : ""} · <a href="${eventPath(summary)}.csv" download>Download CSV</a></p>
<dl class="figures">
<div><dt>Attending</dt><dd data-stat="attending">${count(allocation.confirmedPeople)}</dd><dd class="sub">people (${count(allocation.confirmed.length)} answers)</dd></div>
<div><dt>Waitlist</dt><dd data-stat="waitlisted">${count(allocation.waitlistedPeople)}</dd><dd class="sub">people (${count(allocation.waitlisted.length)} answers)</dd></div>
<div><dt>Tentative</dt><dd data-stat="tentative">${count(allocation.tentativePeople)}</dd><dd class="sub">people (${count(allocation.tentative.length)} answers)</dd></div>
<div><dt>Declined</dt><dd data-stat="declined">${count(allocation.declined.length)}</dd><dd class="sub">answers</dd></div>
<div><dt>Accompanying experts</dt><dd data-stat="experts">${count(summary.experts)}</dd><dd class="sub">attending or waitlisted</dd></div>
</dl>
${table(
  "By State (answers)",
  ["State", "Attending", "Waitlist", "Tentative", "Declined"],
  summary.byState.map((row) => [row.state, row.attending, row.waitlisted, row.tentative, row.declined]),
)}
${table("Attending", columns, answerRows(allocation.confirmed, context.zone.zone))}
${table(
  "Waitlist, in order",
  ["Position", ...columns],
  allocation.waitlisted.map((answer, index) => [
    index + 1,
    ...(answerRows([answer], context.zone.zone)[0] ?? []),
  ]),
)}
${table("Tentative", columns, answerRows(allocation.tentative, context.zone.zone))}
${table("Declined", columns, answerRows(allocation.declined, context.zone.zone))}
<p class="note">Party sizes count each invitee plus their experts (${count(allocation.confirmed.reduce((sum, answer) => sum + partySize(answer), 0))} confirmed).</p>`;
  return page({ title: `RSVPs: ${summary.event.label}`, current: "/rsvp", context, body });
}
