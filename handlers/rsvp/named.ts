/**
 * Experts named by their head of delegation: a roster person whose full name (ignoring case,
 * accents, titles and an affiliation in brackets) is among the experts a head of delegation
 * of their own State named in an answer that is not a decline. They cannot answer for
 * themselves, but they are told who named them and where the party stands.
 */
import type { Person } from "../../bot/people/schema.js";
import { stateName } from "../../bot/people/states.js";
import type { SocialOccurrence } from "../../bot/programme/catalogue.js";
import { allocate, type Place } from "./allocation.js";
import { listKeeper } from "./events.js";
import { sameName } from "./names.js";
import type { RsvpAnswer } from "./schema.js";
import type { RsvpRepository } from "./store.js";

/**
 * The head of delegation's answer naming a person, and the party's place.
 * @example const named: NamedExpert = { head: annsAnswer, expertName: "Peter Otieno", place: { state: "confirmed" } };
 */
export interface NamedExpert {
  head: RsvpAnswer;
  /** The name as the head of delegation wrote it. */
  expertName: string;
  place?: Place;
}

/**
 * Who named this person as an expert for this event, if anyone of their own State did.
 * @example await namedExpertOf(rsvps, reception, { name: "Peter Otieno", state: "KEN" }, "test:peter")
 */
export async function namedExpertOf(
  rsvps: RsvpRepository,
  event: SocialOccurrence,
  person: Pick<Person, "name" | "state"> | undefined,
  userId: string,
): Promise<NamedExpert | undefined> {
  if (!person?.state) return undefined;
  const answers = await rsvps.answersFor(event.id);
  for (const head of answers) {
    if (head.userId === userId || head.state !== person.state || head.status === "declined") continue;
    const expertName = head.experts.names.find((name) => sameName(name, person.name));
    if (!expertName) continue;
    const place = allocate(answers, (await rsvps.settings(event.id))?.capacity).placeOf(head.userId);
    return { head, expertName, place };
  }
  return undefined;
}

/**
 * Where the party stands: "the party's place is confirmed", "the party is number 2 on the waitlist".
 * @example partyStanding({ head, expertName, place: { state: "confirmed" } }, reception) === "the party is on the Secretariat's list"
 */
export function partyStanding(named: NamedExpert, event: SocialOccurrence): string {
  const organiser = listKeeper(event) === "organiser";
  if (named.head.status === "tentative") return `${named.head.name}'s answer is tentative`;
  if (named.place?.state === "waitlisted")
    return `the party is number ${named.place.position} on the ${organiser ? "" : "Secretariat's "}waitlist`;
  return organiser ? "the party's place is confirmed" : "the party is on the Secretariat's list";
}

function headWithState(head: RsvpAnswer): string {
  return head.state ? `${head.name} (${stateName(head.state)})` : head.name;
}

/**
 * The "Your answer" line of "my RSVPs" for a named expert.
 * @example namedSummary(named, reception) // "named as an accompanying expert by Ann Mwangi (Kenya) — the party is on the Secretariat's list; changes go through Ann Mwangi"
 */
export function namedSummary(named: NamedExpert, event: SocialOccurrence): string {
  return `named as an accompanying expert by ${headWithState(named.head)} — ${partyStanding(named, event)}; changes go through ${named.head.name}`;
}

/**
 * The answer to a named expert who tries to answer for themselves.
 * @example namedRefusal(named, reception, "Peter Otieno")
 */
export function namedRefusal(named: NamedExpert, event: SocialOccurrence, personName: string): string {
  return `${headWithState(named.head)}, your head of delegation, has named you as an accompanying expert for the ${event.event.title}: ${partyStanding(named, event)}. Changes go through ${named.head.name}; to take you off, they can say "remove ${personName} from my rsvp".`;
}
