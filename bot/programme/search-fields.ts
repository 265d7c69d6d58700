/**
 * What the catalogue's word index knows about each searchable thing, field by field.
 * Item types add generic words ("closing" for a closure); everything else comes from the data.
 */
import type { Searchable } from "./catalogue.js";
import type { ItemType } from "./schema.js";
import type { WeightedText } from "./search-index.js";

/**
 * Search words for each item type, so that "closing" finds a closure.
 * @example ITEM_TYPE_WORDS.closure === "closing closure"
 */
export const ITEM_TYPE_WORDS: Readonly<Record<ItemType, string>> = {
  opening: "opening",
  statements: "statements",
  "organisation-of-work": "organisation of work",
  discussion: "discussion",
  "stakeholder-session": "stakeholder session",
  "other-matters": "other matters",
  closure: "closing closure",
  launch: "launch",
  "live-demo": "live demo",
  "q-and-a": "q&a questions",
  presentation: "presentation",
  panel: "panel",
  briefing: "briefing",
};

/**
 * The weighted texts a searchable thing is indexed under: titles and keywords weigh most,
 * speakers and details less, mandates and addresses least.
 * @example searchFields(reception)[0] // { text: "Cocktail reception", weight: 1, primary: true }
 */
export function searchFields(doc: Searchable): WeightedText[] {
  switch (doc.kind) {
    case "item": {
      const { item } = doc;
      return [
        { text: item.topic ?? item.title, weight: 1, primary: true },
        { text: item.title, weight: item.topic ? 0.5 : 1, primary: item.topic === undefined },
        { text: item.keywords.join(" "), weight: 1 },
        { text: item.types.map((type) => ITEM_TYPE_WORDS[type]).join(" "), weight: 0.9 },
        { text: item.details.join(" "), weight: 0.7 },
        ...item.speakers.flatMap((s) => [
          { text: s.name ?? "", weight: 0.9 },
          { text: s.role ?? "", weight: 0.5 },
        ]),
        { text: item.mandate ?? "", weight: 0.4 },
      ];
    }
    case "social": {
      const { event } = doc;
      return [
        { text: event.title, weight: 1, primary: true },
        { text: `${event.kind.replaceAll("-", " ")} ${event.keywords.join(" ")}`, weight: 1 },
        { text: `${event.host?.name ?? ""} ${event.place.name}`, weight: 0.6 },
        { text: event.invitation ? `invitation: ${event.invitation}` : "", weight: 0.8 },
        { text: event.host?.role ?? "", weight: 0.4 },
        { text: event.place.address.join(" "), weight: 0.3 },
      ];
    }
    case "milestone":
      return [
        { text: doc.milestone.title, weight: 1, primary: true },
        { text: doc.milestone.keywords.join(" "), weight: 1 },
        { text: doc.milestone.description ?? "", weight: 0.3 },
      ];
    case "notice":
      return [
        { text: doc.notice.about, weight: 1, primary: true },
        { text: doc.notice.keywords.join(" "), weight: 1 },
        { text: doc.notice.text, weight: 0.3 },
      ];
  }
}
