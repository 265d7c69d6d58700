/**
 * A {@link Finding} → a {@link Card}: a short title that answers, then details per meeting
 * or event, then a footer naming the zone and the source. Phone-sized: a few lines each.
 */

import type { Card } from "../../bot/cards.js";
import { tr } from "../../bot/language/messages.js";
import { placeNameIn } from "../../bot/language/place-names.js";
import { zoneName } from "../../bot/programme/format.js";
import type { DescribeContext } from "./describe.js";
import type { Finding } from "./finding.js";
import { renderConversion } from "./render-conversion.js";
import {
  renderBreaks,
  renderCountdown,
  renderNotGiven,
  renderStart,
  renderZonePrompt,
} from "./render-gaps.js";
import { renderOnline } from "./render-online.js";
import {
  renderNoMatch,
  renderOverview,
  renderProgrammes,
  renderRoom,
  renderTopic,
  renderUnstated,
} from "./render-subject.js";
import {
  renderDay,
  renderDays,
  renderNext,
  renderNothingOnDay,
  renderNow,
  renderPrevious,
} from "./render-time.js";

/**
 * Renders a finding as a card.
 * @example renderFinding({ kind: "now", current: [], next: [] }, { now }).title // "Nothing is on right now. Nothing else is scheduled."
 */
export function renderFinding(finding: Finding, context: DescribeContext): Card {
  switch (finding.kind) {
    case "day":
      return renderDay(finding, context);
    case "nothing-on-day":
      return renderNothingOnDay(finding, context);
    case "days":
      return renderDays(finding, context);
    case "now":
      return renderNow(finding, context);
    case "next":
      return renderNext(finding, context);
    case "previous":
      return renderPrevious(finding, context);
    case "topic":
      return renderTopic(finding, context);
    case "programmes":
      return renderProgrammes(finding.programmes, finding.facet, context);
    case "room":
      return renderRoom(finding.subjects, context);
    case "unstated":
      return renderUnstated(finding, context);
    case "overview":
      return renderOverview(finding, context);
    case "no-match":
      return renderNoMatch(finding);
    case "conversion":
      return renderConversion(finding, context.locale ?? "en");
    case "online":
      return renderOnline(finding, context);
    case "countdown":
      return renderCountdown(finding, context);
    case "start":
      return renderStart(finding, context);
    case "breaks":
      return renderBreaks(finding, context);
    case "not-given":
      return renderNotGiven(finding, context);
    case "zone-prompt":
      return renderZonePrompt(finding, context);
    case "where-i-am":
      return {
        title: tr("zone.offer", {
          place: placeNameIn(context.locale ?? "en", finding.place),
          // "(JST, UTC+9)": the city is already said; the IANA id would be a machine's word.
          zone: zoneName(context.now.getTime(), finding.zone),
        }),
        sections: [],
      };
  }
}
