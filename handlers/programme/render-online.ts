/**
 * "Can I join online?" as a card: each programme's format from its data, with the notice
 * about its connection when it has one, or the honest gap when the letter gives none.
 */
import type { Card } from "../../bot/cards.js";
import { tr } from "../../bot/language/messages.js";
import { local } from "../../bot/programme/translations.js";
import type { DescribeContext } from "./describe.js";
import { noticesOf, placeOf, shortTitleOf } from "./describe.js";
import type { Finding } from "./finding.js";

/**
 * Renders an online-participation finding.
 * @example renderOnline({ kind: "online", programmes: [oewg] }, { now }).title
 * // "OEWG 7th session: the letter gives no online or remote participation for it; …"
 */
export function renderOnline(finding: Extract<Finding, { kind: "online" }>, _context: DescribeContext): Card {
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
