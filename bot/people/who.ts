/**
 * A person as the Secretariat's lists show them: always with their State, a POC with their type
 * too ("Li Wei (Singapore)", "Li Wei (Singapore, diplomatic POC)"), in the reader's language, so
 * that broadcast, ping-test and RSVP lists never show a person without a State, or a State
 * without the person.
 */
import { say } from "../language/messages.js";
import { stateName } from "./states.js";

/**
 * A person and their State (or that the roster gives none).
 * @example personWho("en", "Li Wei", "SGP") === "Li Wei (Singapore)"
 */
export function personWho(locale: string, name: string, state: string | undefined): string {
  return state
    ? say(locale, "secretariat.who.person", { name, state: stateName(state, locale) })
    : say(locale, "secretariat.who.noState", { name });
}

/**
 * A POC, their State and type.
 * @example pocWho("en", "Li Wei", "SGP", "diplomatic") === "Li Wei (Singapore, diplomatic POC)"
 */
export function pocWho(locale: string, name: string, state: string, type: string): string {
  return say(locale, "secretariat.who.poc", {
    name,
    state: stateName(state, locale),
    type: say(locale, `poc.type.${type}`),
  });
}
