/**
 * The people directory: the roster (who is who, by verified email) and contacts (how to
 * reach each chat user). Roles come only from the roster and the configured Secretariat
 * emails, matched on the email the platform verified — never an email someone typed.
 */

import { z } from "zod";
import type { Store } from "../store/port.js";
import type { UserRef } from "../types.js";
import { missingList, REMOVE_MISSING, type RemovalPolicy } from "./removals.js";
import {
  columnLosses,
  describeColumnLoss,
  nothingChanged,
  type RosterChanges,
  rosterChanges,
} from "./roster-changes.js";
import { parseRosterCsv } from "./roster-import.js";
import { type Contact, contactSchema, type Person, type Role, type Roster, rosterSchema } from "./schema.js";

/** How a person wants announcements (absent: chat where they can be reached, as the broadcast says). */
/** How long {@link PeopleDirectory.contactEmails} reuses its reading (as the recipient resolver does). */
export const CONTACT_EMAILS_REUSE_MS = 5_000;
/** Only a contact's e-mail (see {@link PeopleDirectory.contactEmails}). */
const contactEmailSchema = z.object({ email: z.string().optional() });

export const channelPreferenceSchema = z.enum(["email-too", "chat-only"]);
/** How a person wants announcements. */
export type ChannelPreference = z.output<typeof channelPreferenceSchema>;
const preferenceRecordSchema = z.object({ preference: channelPreferenceSchema, at: z.string() });

/** How long a contact's "last seen" may lag before it is written again (saves a write per message). */
const CONTACT_REFRESH_MS = 60 * 60 * 1000;
/** The roster's version, read on every message to know whether the cached roster is current. */
const rosterVersionSchema = z.number();

/**
 * An accepted roster import: how many people the file holds, the version now current and
 * what changed against `previousVersion` (absent on the first import). A file that changes
 * nothing is not written (`written: false`): no new version, import time and author kept.
 * @example const result: RosterImport = { ok: true, count: 29, version: 3, written: true, previousVersion: 2, changes };
 */
export interface RosterImport {
  ok: true;
  count: number;
  version: number;
  written: boolean;
  previousVersion?: number;
  changes: RosterChanges;
}

/** Who the asker is, as far as the bot may rely on it. */
export interface Identity {
  person?: Person;
  roles: readonly Role[];
}

/**
 * @example
 * const people = new PeopleDirectory(store.namespace("people"), ["chair.office@un.org"]);
 * const { roles } = await people.identify(ctx.user);
 */
export class PeopleDirectory {
  private cached?: { version: number; byEmail: Map<string, Person>; roster: Roster };
  /** The contacts' e-mails, kept briefly (see {@link contactEmails}). */
  private emails?: { at: number; emails: Set<string> };
  /** Where a feature's directory lists a person's zone (the POC directory), by verified e-mail. */
  private listedZones?: (email: string) => Promise<string | undefined>;

  constructor(
    private readonly store: Store,
    private readonly secretariatEmails: readonly string[] = [],
  ) {}

  /**
   * Replaces the roster from CSV text, all or nothing. Refused, before anything is written,
   * when the file lacks people (unless `removals` allows it) or a column people have values in.
   */
  async importRoster(
    csv: string,
    by: string,
    now: Date,
    removals: RemovalPolicy = REMOVE_MISSING,
  ): Promise<RosterImport | { ok: false; problems: string[] }> {
    const result = parseRosterCsv(csv);
    if (!result.ok) return result;
    const current = await this.store.get("roster", rosterSchema);
    const losses = columnLosses(current?.people ?? [], result.columns, result.rows);
    if (losses.length > 0) return { ok: false, problems: losses.map(describeColumnLoss) };
    const incoming = new Set(result.rows.map((person) => person.email));
    const dropped = (current?.people ?? []).filter((person) => !incoming.has(person.email));
    if (dropped.length > 0 && !removals.removeMissing) {
      const named = missingList(dropped.map((person) => person.email));
      return {
        ok: false,
        problems: [
          `This file lacks ${dropped.length} ${dropped.length === 1 ? "person" : "people"} the roster holds (${named}), who would be dropped with their roles. If they should go, ${removals.retryHint}.`,
        ],
      };
    }
    const changes = rosterChanges(current?.people ?? [], result.rows);
    const count = result.rows.length;
    if (current && nothingChanged(changes))
      return { ok: true, count, version: current.version, written: false, changes };
    const roster: Roster = {
      version: (current?.version ?? 0) + 1,
      importedAt: now.toISOString(),
      importedBy: by,
      people: result.rows,
    };
    await this.store.set("roster", roster);
    await this.store.set("roster-version", roster.version);
    return {
      ok: true,
      count,
      version: roster.version,
      written: true,
      previousVersion: current?.version,
      changes,
    };
  }

  /** The current roster (cached in memory until another import changes its version). */
  async roster(): Promise<Roster | undefined> {
    const version = await this.store.get("roster-version", rosterVersionSchema);
    if (this.cached && version !== undefined && this.cached.version === version) return this.cached.roster;
    const roster = await this.store.get("roster", rosterSchema);
    if (!roster) return undefined;
    this.cached = {
      version: roster.version,
      roster,
      byEmail: new Map(roster.people.map((p) => [p.email, p])),
    };
    return roster;
  }

  /** The roster entry for a verified email. */
  async personByEmail(email: string | undefined): Promise<Person | undefined> {
    if (!email) return undefined;
    await this.roster();
    return this.cached?.byEmail.get(email.trim().toLowerCase());
  }

  /** Who a chat user is: their roster entry and roles (unknown users are delegates). */
  async identify(user: UserRef): Promise<Identity> {
    const email = user.verifiedEmail?.trim().toLowerCase();
    const person = await this.personByEmail(email);
    const roles = new Set<Role>(person?.roles ?? ["delegate"]);
    if (email && this.secretariatEmails.includes(email)) roles.add("secretariat");
    return { person, roles: [...roles] };
  }

  /**
   * Lets a feature say which zone its directory lists a person in (the POC directory's
   * record): it is their zone unless they chose one in chat, over their platform's.
   * @example people.listZonesFrom(async (email) => (await directory.forEmail(email))[0]?.timeZone);
   */
  listZonesFrom(source: (email: string) => Promise<string | undefined>): void {
    this.listedZones = source;
  }

  /**
   * Remembers how to reach a user, and returns what is known of them; writes only when
   * something changed or an hour passed. Their zone is one: the one they chose in chat, else
   * the one a directory lists them in (their POC record, read again hourly or with `relist`),
   * else their platform's.
   */
  async recordContact(
    user: UserRef,
    directAddress: string | undefined,
    now: Date,
    options: { relist?: boolean } = {},
  ): Promise<Contact> {
    const key = `contact:${user.id}`;
    const existing = await this.store.get(key, contactSchema);
    const email = user.verifiedEmail?.trim().toLowerCase();
    // The directory's zone is looked up with the contact's hourly refresh (or when asked, after
    // the person changed their record), not on every message: the look-up reads the directory.
    const seenRecently =
      existing !== undefined && now.getTime() - Date.parse(existing.lastSeenAt) < CONTACT_REFRESH_MS;
    const listed =
      !email || existing?.chosenTimeZone
        ? undefined
        : seenRecently && existing?.email === email && !options.relist
          ? existing?.listedTimeZone
          : await this.listedZones?.(email);
    const timeZone = existing?.chosenTimeZone ?? listed ?? user.timeZone ?? existing?.timeZone;
    const nextEmail = email ?? existing?.email;
    const nextAddress = directAddress ?? existing?.directAddress;
    // Nothing new within the hour: the record as stored (most turns; no copy is made).
    if (
      existing &&
      seenRecently &&
      existing.displayName === user.displayName &&
      existing.email === nextEmail &&
      existing.timeZone === timeZone &&
      existing.listedTimeZone === listed &&
      existing.directAddress === nextAddress
    )
      return existing;
    const next: Contact = {
      userId: user.id,
      displayName: user.displayName,
      email: nextEmail,
      timeZone,
      ...(existing?.chosenTimeZone ? { chosenTimeZone: existing.chosenTimeZone } : {}),
      ...(existing?.chosenTimeZone && existing.chosenPlace ? { chosenPlace: existing.chosenPlace } : {}),
      ...(listed ? { listedTimeZone: listed } : {}),
      ...(existing?.language ? { language: existing.language } : {}),
      ...(existing?.languageInUse ? { languageInUse: existing.languageInUse } : {}),
      directAddress: nextAddress,
      lastSeenAt: now.toISOString(),
    };
    this.emails = undefined;
    await this.store.set(key, next);
    return next;
  }

  /**
   * Sets the zone a user chose in chat, or with `undefined` goes back to the one a directory
   * lists them in, else their platform's (what `user.timeZone` says now). Call after {@link recordContact} in the same turn: the
   * contact record exists then.
   * `place`: the place or offset they named it by ("Geneva" for Europe/Zurich), kept beside it.
   * @example await people.chooseTimeZone(ctx.user, "Asia/Tokyo", ctx.now());
   */
  async chooseTimeZone(user: UserRef, zone: string | undefined, now: Date, place?: string): Promise<void> {
    const key = `contact:${user.id}`;
    const existing = await this.store.get(key, contactSchema);
    const {
      chosenTimeZone: _previous,
      chosenPlace: _place,
      ...rest
    } = existing ?? {
      userId: user.id,
      displayName: user.displayName,
      lastSeenAt: now.toISOString(),
    };
    this.emails = undefined;
    // Back from a chosen zone: the directory's is read again (it was not kept while a choice stood).
    const email = user.verifiedEmail?.trim().toLowerCase() ?? rest.email;
    const listed = zone || !email ? undefined : await this.listedZones?.(email);
    const { listedTimeZone: _listed, ...others } = rest;
    await this.store.set(key, {
      ...others,
      ...(zone
        ? { chosenTimeZone: zone, timeZone: zone, ...(place ? { chosenPlace: place } : {}) }
        : { timeZone: listed ?? user.timeZone, ...(listed ? { listedTimeZone: listed } : {}) }),
    } satisfies Contact);
  }

  /**
   * Keeps a user's language on their contact record: `chosen` (their explicit choice; `null`
   * clears it) and/or `inUse` (the language of their last clear message).
   * @example await people.setLanguage(ctx.user, { chosen: "fr" }, ctx.now());
   */
  async setLanguage(
    user: UserRef,
    change: { chosen?: string | null; inUse?: string },
    now: Date,
  ): Promise<void> {
    const key = `contact:${user.id}`;
    const existing = (await this.store.get(key, contactSchema)) ?? {
      userId: user.id,
      displayName: user.displayName,
      lastSeenAt: now.toISOString(),
    };
    const { language: chosenBefore, ...rest } = existing;
    const chosen = change.chosen === undefined ? chosenBefore : (change.chosen ?? undefined);
    this.emails = undefined;
    await this.store.set(key, {
      ...rest,
      ...(chosen ? { language: chosen } : {}),
      ...(change.inUse ? { languageInUse: change.inUse } : {}),
    } satisfies Contact);
  }

  /** Every chat user the bot has met. */
  async contacts(): Promise<Contact[]> {
    return (await this.store.list("contact:", contactSchema)).map((entry) => entry.value);
  }

  /**
   * The verified e-mails of every chat user the bot has met (the dashboard's "reachable in
   * chat" of 400 POC records against thousands of contacts). Kept up to
   * {@link CONTACT_EMAILS_REUSE_MS} and dropped at once when this process writes a contact, so
   * only another replica's new contact can be that late.
   * @example (await people.contactEmails()).has("ann@mission.ke")
   */
  async contactEmails(): Promise<Set<string>> {
    const now = Date.now();
    if (this.emails && now - this.emails.at < CONTACT_EMAILS_REUSE_MS) return this.emails.emails;
    const entries = await this.store.list("contact:", contactEmailSchema);
    const emails = new Set(entries.flatMap((entry) => (entry.value.email ? [entry.value.email] : [])));
    this.emails = { at: now, emails };
    return emails;
  }

  /**
   * Records how a person wants announcements: `email-too` (by e-mail as well as in chat)
   * or `chat-only` (no e-mail while they can be reached in chat).
   * @example await people.setChannelPreference("ann@mission.ke", "email-too", now);
   */
  async setChannelPreference(email: string, preference: ChannelPreference, now: Date): Promise<void> {
    await this.store.set(`channels:${email.trim().toLowerCase()}`, { preference, at: now.toISOString() });
  }

  /** A person's announcement preference, when they said one. */
  async channelPreference(email: string): Promise<ChannelPreference | undefined> {
    return (await this.store.get(`channels:${email.trim().toLowerCase()}`, preferenceRecordSchema))
      ?.preference;
  }

  /** Everyone's announcement preferences, by e-mail. */
  async channelPreferences(): Promise<Map<string, ChannelPreference>> {
    const entries = await this.store.list("channels:", preferenceRecordSchema);
    return new Map(entries.map((entry) => [entry.key.slice("channels:".length), entry.value.preference]));
  }

  /** A user's contact record. */
  async contact(userId: string): Promise<Contact | undefined> {
    return this.store.get(`contact:${userId}`, contactSchema);
  }
}
