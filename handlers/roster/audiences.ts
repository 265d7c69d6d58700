/**
 * The audiences the roster knows, for broadcasts and invitations: "everyone" (every chat
 * contact and every roster entry), "role:<role>" and "state:<codes>". A roster entry is
 * reachable when a chat contact with the same verified email exists.
 */
import type { AudienceInfo, Recipient } from "../../bot/audiences.js";
import type { BotDeps } from "../../bot/module.js";
import type { Contact, Person, Role } from "../../bot/people/schema.js";
import { notAState, stateCodeFor, stateName } from "../../bot/people/states.js";
import type { Address } from "../../bot/types.js";

/** Words accepted after "role:", mapped to roles. */
const ROLE_NAMES: Readonly<Record<string, Role>> = {
  head_of_delegation: "head_of_delegation",
  "head-of-delegation": "head_of_delegation",
  "head of delegation": "head_of_delegation",
  "heads of delegation": "head_of_delegation",
  hod: "head_of_delegation",
  hods: "head_of_delegation",
  delegate: "delegate",
  delegates: "delegate",
  poc: "poc",
  pocs: "poc",
  secretariat: "secretariat",
};

/**
 * What the resolvers read: the roster's people and the chat contacts.
 * @example const snapshot: PeopleSnapshot = { people: roster.people, contacts: await deps.people.contacts(), secretariatEmails: [] };
 */
export interface PeopleSnapshot {
  people: readonly Person[];
  contacts: readonly Contact[];
  /** Emails that hold the Secretariat role by configuration. */
  secretariatEmails: readonly string[];
}

/**
 * The role a word names, or undefined.
 * @example roleNamed("heads of delegation") === "head_of_delegation"
 */
export function roleNamed(word: string): Role | undefined {
  return ROLE_NAMES[word.trim().toLowerCase().replace(/\s+/g, " ")];
}

/** The most recently seen contact per verified email. */
function contactsByEmail(contacts: readonly Contact[]): Map<string, Contact> {
  const byEmail = new Map<string, Contact>();
  for (const contact of contacts) {
    if (!contact.email) continue;
    const known = byEmail.get(contact.email);
    if (!known || known.lastSeenAt < contact.lastSeenAt) byEmail.set(contact.email, contact);
  }
  return byEmail;
}

function personRecipient(person: Person, byEmail: Map<string, Contact>): Recipient {
  const contact = byEmail.get(person.email);
  return {
    key: person.email,
    name: person.name,
    userId: contact?.userId as Address | undefined,
    ...(person.state ? { state: person.state } : {}),
  };
}

function contactRecipient(contact: Contact): Recipient {
  return {
    key: contact.email ?? contact.userId,
    name: contact.displayName,
    userId: contact.userId as Address,
  };
}

/**
 * Everyone: every roster entry (reachable or not) and every chat contact.
 * @example resolveEveryone({ people, contacts, secretariatEmails: [] }).length
 */
export function resolveEveryone(snapshot: PeopleSnapshot): Recipient[] {
  const byEmail = contactsByEmail(snapshot.contacts);
  const recipients = new Map<string, Recipient>();
  for (const person of snapshot.people) recipients.set(person.email, personRecipient(person, byEmail));
  for (const contact of snapshot.contacts) {
    const recipient = contactRecipient(contact);
    if (!recipients.has(recipient.key)) recipients.set(recipient.key, recipient);
  }
  return [...recipients.values()];
}

/**
 * People holding a role. Chat contacts who are not on the roster count as delegates, and
 * contacts whose verified email is a configured Secretariat email count as Secretariat.
 * @throws Error naming the accepted roles when the word is not one.
 * @example resolveRole(snapshot, "head_of_delegation").map((r) => r.name) // ["Ann Mwangi", "Claire Martin"]
 */
export function resolveRole(snapshot: PeopleSnapshot, argument: string | undefined): Recipient[] {
  const role = roleNamed(argument ?? "");
  if (!role) {
    throw new Error(
      `Unknown role "${argument ?? ""}" in role:<role>. Use role:head_of_delegation, role:delegate, role:poc or role:secretariat.`,
    );
  }
  const byEmail = contactsByEmail(snapshot.contacts);
  const onRoster = new Set(snapshot.people.map((person) => person.email));
  const recipients = new Map<string, Recipient>();
  for (const person of snapshot.people) {
    if (person.roles.includes(role)) recipients.set(person.email, personRecipient(person, byEmail));
  }
  for (const contact of snapshot.contacts) {
    const email = contact.email;
    const isConfiguredSecretariat = email !== undefined && snapshot.secretariatEmails.includes(email);
    const unknown = email === undefined || !onRoster.has(email);
    const matches =
      role === "secretariat"
        ? isConfiguredSecretariat
        : role === "delegate" && unknown && !isConfiguredSecretariat;
    const recipient = contactRecipient(contact);
    if (matches && !recipients.has(recipient.key)) recipients.set(recipient.key, recipient);
  }
  return [...recipients.values()];
}

/**
 * Roster people of the given States (codes or English names, comma-separated).
 * @throws Error naming each State it does not know.
 * @example resolveStates(snapshot, "KEN,france").map((r) => r.key) // ["ann.mwangi@…", "claire.martin@…"]
 */
export function resolveStates(snapshot: PeopleSnapshot, argument: string | undefined): Recipient[] {
  const words = (argument ?? "")
    .split(/[,;]/)
    .map((word) => word.trim())
    .filter(Boolean);
  if (words.length === 0) throw new Error("state:<codes> needs at least one State, e.g. state:KEN,FRA.");
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const word of words) {
    const code = stateCodeFor(word);
    if (code) codes.add(code);
    else unknown.push(notAState(word));
  }
  if (unknown.length > 0) {
    throw new Error(
      `Unknown State in state:<codes>: ${unknown.join("; ")}. Use ISO 3166-1 alpha-3 codes such as KEN, FRA, SGP.`,
    );
  }
  const byEmail = contactsByEmail(snapshot.contacts);
  return snapshot.people
    .filter((person) => person.state && codes.has(person.state))
    .map((person) => personRecipient(person, byEmail));
}

/**
 * The audiences the roster registers, as listed to the Secretariat.
 * @example ROSTER_AUDIENCES.map((a) => a.example) // ["everyone", "role:head_of_delegation", "state:KEN,FRA"]
 */
export const ROSTER_AUDIENCES: readonly AudienceInfo[] = [
  {
    name: "everyone",
    description: "everyone on the roster and everyone who has talked to the bot",
    example: "everyone",
  },
  {
    name: "role",
    description: "people with a role (unknown chat users count as delegates)",
    example: "role:head_of_delegation",
  },
  { name: "state", description: "roster people of given States", example: "state:KEN,FRA" },
];

/**
 * Registers "everyone", "role:<role>" and "state:<codes>" on `deps.audiences`.
 * @example registerRosterAudiences(deps); await deps.audiences.resolve("state:KEN");
 */
export function registerRosterAudiences(deps: BotDeps): void {
  const snapshot = async (): Promise<PeopleSnapshot> => ({
    people: (await deps.people.roster())?.people ?? [],
    contacts: await deps.people.contacts(),
    secretariatEmails: deps.config.SECRETARIAT_EMAILS,
  });
  const [everyone, role, state] = ROSTER_AUDIENCES as [AudienceInfo, AudienceInfo, AudienceInfo];
  deps.audiences.register(everyone, async () => resolveEveryone(await snapshot()));
  deps.audiences.register(role, async (argument) => resolveRole(await snapshot(), argument));
  deps.audiences.register(state, async (argument) => resolveStates(await snapshot(), argument));
}

/**
 * A one-line summary of a roster for the Secretariat.
 * @example rosterSummary(people) // "5 people: 2 heads of delegation, 2 delegates, 2 POCs, 1 Secretariat; 3 States (France, Kenya, Singapore)"
 */
export function rosterSummary(people: readonly Person[]): string {
  const count = (role: Role) => people.filter((person) => person.roles.includes(role)).length;
  const states = [...new Set(people.flatMap((person) => (person.state ? [person.state] : [])))].sort();
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const names = states.map((code) => stateName(code)).sort();
  return (
    `${plural(people.length, "person", "people")}: ${plural(count("head_of_delegation"), "head of delegation", "heads of delegation")}, ` +
    `${plural(count("delegate"), "delegate", "delegates")}, ${plural(count("poc"), "POC", "POCs")}, ${count("secretariat")} Secretariat; ` +
    `${plural(states.length, "State", "States")}${names.length > 0 && names.length <= 12 ? ` (${names.join(", ")})` : ""}`
  );
}
