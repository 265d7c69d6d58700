/**
 * "Can I join online?" as a card: each programme's format from its data, with the notice
 * about its connection when it has one, or the honest gap when the letter gives none.
 */
import type { Card } from "../../bot/cards.js";
import { tr } from "../../bot/language/messages.js";
import type { Searchable } from "../../bot/programme/catalogue.js";
import { local } from "../../bot/programme/translations.js";
import type { DescribeContext } from "./describe.js";
import { noticesOf, placeOf, shortTitleOf, topicLabel } from "./describe.js";
import type { Finding } from "./finding.js";

/**
 * Renders an online-participation finding.
 * @example renderOnline({ kind: "online", programmes: [oewg] }, { now }).title
 * // "OEWG 7th session: the letter gives no online or remote participation for it; …"
 */
export function renderOnline(finding: Extract<Finding, { kind: "online" }>, _context: DescribeContext): Card {
  const { subject } = finding;
  if (subject) {
    const format = subject.kind === "social" ? subject.event.format : formatOfSubject(subject);
    if (format === "in-person")
      return {
        title: tr("gap.onlineInPerson", { subject: topicLabel(subject), place: placeOf(subject) }),
        sections: [],
      };
  }
  const lines = finding.programmes.map((entry) => {
    const subject = shortTitleOf(entry);
    const place = placeOf(entry);
    const format = entry.programme.venue.format;
    if (format === "hybrid" || format === "virtual") {
      const notice = noticesOf(entry, "link")[0]?.notice.text;
      return tr("gap.onlineHybrid", { subject, place, note: notice ? local(notice) : "" });
    }
    return tr("gap.online", { subject, place });
  });
  const [title = "", ...rest] = lines;
  return { title, sections: rest.map((text) => ({ text })) };
}

/** The format of a session asked about: its meeting's own, else its programme's venue's. */
function formatOfSubject(subject: Exclude<Searchable, { kind: "notice" | "social" }>): string | undefined {
  return (
    (subject.kind === "item" ? subject.meeting.format : undefined) ?? subject.programme.programme.venue.format
  );
}
