/**
 * Who is who for the POC directory: the asker as an actor, the chat account of a POC (a
 * contact whose *verified* email is one of the record's), and the Secretariat's accounts.
 */
import type { TurnContext } from "../../bot/context.js";
import type { BotDeps } from "../../bot/module.js";
import type { Contact, Person } from "../../bot/people/schema.js";
import type { Actor, PocRecord } from "./schema.js";

/**
 * The asker, for audit entries and view logs.
 * @example actorOf(ctx) // { email: "jane@ict.go.ke", userId: "chat:U1", name: "Jane" }
 */
export function actorOf(ctx: TurnContext): Actor {
  return {
    email: ctx.user.verifiedEmail?.trim().toLowerCase(),
    userId: ctx.user.id,
    name: ctx.user.displayName,
  };
}

/**
 * True when the asker holds the Secretariat role (roster or configured emails).
 * @example if (!isSecretariat(ctx)) throw new ForbiddenError();
 */
export function isSecretariat(ctx: TurnContext): boolean {
  return ctx.roles.includes("secretariat");
}

/**
 * The asker's verified email, lower-cased; undefined when the platform gave none.
 * @example verifiedEmailOf(ctx) // "peter.otieno@cert.example"
 */
export function verifiedEmailOf(ctx: TurnContext): string | undefined {
  return ctx.user.verifiedEmail?.trim().toLowerCase() || undefined;
}

/**
 * The chat account that reaches a POC: the most recently seen contact whose verified email
 * is one of the record's emails.
 * @example chatAccountFor(record, await deps.people.contacts())?.userId // "chat:U123"
 */
export function chatAccountFor(
  record: Pick<PocRecord, "emails">,
  contacts: readonly Contact[],
): Contact | undefined {
  let best: Contact | undefined;
  for (const contact of contacts) {
    if (!contact.email || !record.emails.includes(contact.email)) continue;
    if (!best || contact.lastSeenAt > best.lastSeenAt) best = contact;
  }
  return best;
}

/**
 * The chat accounts of the Secretariat: people with the secretariat role on the roster, and
 * the configured Secretariat emails, matched to contacts by verified email.
 * @example const accounts = await secretariatAccounts(deps); // [{ userId: "chat:U9", … }]
 */
export async function secretariatAccounts(deps: BotDeps): Promise<Contact[]> {
  const roster = await deps.people.roster();
  const emails = new Set<string>(deps.config.SECRETARIAT_EMAILS);
  for (const person of roster?.people ?? [])
    if (person.roles.includes("secretariat")) emails.add(person.email);
  const byUser = new Map<string, Contact>();
  for (const contact of await deps.people.contacts()) {
    if (contact.email && emails.has(contact.email)) byUser.set(contact.userId, contact);
  }
  return [...byUser.values()];
}

/**
 * The roster e-mail of the person a POC record is, so that an audience of both (the POCs of
 * the directory and of the roster) counts them once: one of the record's e-mails the roster
 * lists; else the one roster person of the record's State with the record's name (compared
 * without case, accents or extra spaces), whatever e-mail the roster gives them. Undefined
 * when neither names one person. (A chat account is no further key: a contact has one
 * verified e-mail, so it names the same person only when the e-mails already agree.)
 * @example rosterEmailOf({ state: "FRA", name: "Claire Martin", emails: ["claire.martin@cert.example"] }, roster.people) === "claire.martin@france-mission.example"
 */
export function rosterEmailOf(
  record: Pick<PocRecord, "state" | "name" | "emails">,
  people: readonly Pick<Person, "email" | "name" | "state">[],
): string | undefined {
  const emails = new Set(record.emails.map((email) => email.toLowerCase()));
  const byEmail = people.find((person) => emails.has(person.email.toLowerCase()));
  if (byEmail) return byEmail.email.toLowerCase();
  const name = comparableName(record.name ?? "");
  if (name === "") return undefined;
  const same = people.filter(
    (person) => person.state === record.state && comparableName(person.name) === name,
  );
  return same.length === 1 ? same[0]?.email.toLowerCase() : undefined;
}

/** A person's name as compared across the roster and the directory: "Clàire  MARTIN" → "claire martin". */
function comparableName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
