/** Reminders: due in the next 24 hours; sent, missed and failed in the last 24. */
import type { BotDeps } from "../../bot/module.js";
import { reminderWindow } from "../data.js";
import { count, html, table } from "../html.js";
import { type PageContext, page, when } from "../layout.js";

/** The reminders page. */
export async function remindersPage(deps: BotDeps, context: PageContext): Promise<string> {
  const { next, last, lastDeliveries } = await reminderWindow(deps, context.now);
  const body = html`
<dl class="figures">
<div><dt>Due in the next 24 h</dt><dd data-stat="next">${count(next.length)}</dd></div>
<div><dt>Sent, last 24 h</dt><dd data-stat="sent">${count(last.sent)}</dd></div>
<div><dt>Missed, last 24 h</dt><dd data-stat="missed">${count(last.missed)}</dd></div>
<div><dt>Failed, last 24 h</dt><dd data-stat="failed">${count(last.failed)}</dd></div>
<div><dt>Still to send, last 24 h</dt><dd data-stat="pending">${count(last.pending)}</dd></div>
</dl>
${table(
  "Due in the next 24 hours",
  ["Due", "Recipient", "For"],
  next.map((reminder) => [when(reminder.dueAt, context.zone.zone), reminder.userId, reminder.label]),
)}
${table(
  "Due in the last 24 hours",
  ["Due", "Recipient", "Status", "Sent", "Error"],
  lastDeliveries.map((delivery) => [
    when(delivery.dueAt, context.zone.zone),
    delivery.recipient,
    delivery.status,
    when(delivery.sentAt, context.zone.zone),
    delivery.error ?? "",
  ]),
)}`;
  return page({ title: "Reminders", current: "/reminders", context, body });
}
