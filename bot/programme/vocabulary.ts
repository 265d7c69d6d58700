/**
 * The words the programmes' own data uses to name things — aliases, keywords, short titles
 * ("POC", "ping", "OEWG", "session", "A/78/265") — normalised as the language boundary
 * normalises a message. A question in another language keeps these words when it is read
 * into English (`bot/language/pivot.ts`), so "Où se tient la réunion POC ?" still names the
 * POC meeting.
 */
import { normalizeText } from "../language/normalise.js";
import type { Catalogue } from "./catalogue.js";

const cache = new WeakMap<Catalogue, ReadonlySet<string>>();

/**
 * The data words of a catalogue (three characters or more), cached per catalogue.
 * @example dataVocabulary(catalogue).has("poc") === true
 */
export function dataVocabulary(catalogue: Catalogue): ReadonlySet<string> {
  const known = cache.get(catalogue);
  if (known) return known;
  const phrases = catalogue.programmes.flatMap(({ programme }) => [
    programme.shortTitle,
    ...programme.aliases,
    ...programme.notices.flatMap((notice) => notice.keywords),
    ...programme.meetings.flatMap((meeting) => meeting.items.flatMap((item) => item.keywords)),
    ...programme.socialEvents.flatMap((event) => event.keywords),
    ...programme.milestones.flatMap((milestone) => milestone.keywords),
  ]);
  const words = new Set(
    phrases
      .flatMap((phrase) => normalizeText(phrase).match(/[\p{L}\p{N}+'/-]+/gu) ?? [])
      .filter((word) => word.length >= 3),
  );
  cache.set(catalogue, words);
  return words;
}
